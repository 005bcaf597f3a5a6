using System.Security.Cryptography;
using System.Text;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Parses and validates BPMN XML without deploying it.</summary>
    public (BpmnDocument? Document, IReadOnlyList<BpmnDiagnostic> Diagnostics) Validate(string xml)
    {
        var parsed = new BpmnParser().Parse(xml);
        if (parsed.Document is null || parsed.HasErrors)
        {
            return (null, parsed.Diagnostics);
        }
        var diagnostics = parsed.Diagnostics.Concat(new BpmnValidator(new ExpressionChecker(_core.Compiler)).Validate(parsed.Document)).ToList();
        return (diagnostics.Any(d => d.IsError) ? null : parsed.Document, diagnostics);
    }

    /// <summary>
    /// Deploys every executable process of the file: a new version when the XML changed, the existing version
    /// when it did not. A file with errors deploys nothing.
    /// </summary>
    /// <summary>The process model of a deployed version, parsed once and cached like the engine's own copy.</summary>
    public async Task<ProcessModel> GetModelAsync(Guid definitionId, CancellationToken ct = default) =>
        (await _core.Definitions.GetAsync(definitionId, ct)).Model;

    public async Task<DeploymentResult> DeployAsync(string xml, string? source = null, CancellationToken ct = default)
    {
        var (document, diagnostics) = Validate(xml);
        if (document is null)
        {
            return new DeploymentResult([], diagnostics);
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"))));
        var deployed = await TriggerAsync(async executor =>
        {
            var result = new List<DeployedDefinition>();
            foreach (var process in document.Processes)
            {
                var latest = await _core.Store.FindDefinitionAsync(process.Id, null, ct);
                if (latest is not null && latest.Hash == hash)
                {
                    result.Add(new DeployedDefinition(latest.Id, latest.Key, latest.Version, latest.Name, false));
                    continue;
                }
                var record = new DefinitionRecord
                {
                    Id = Guid.CreateVersion7(executor.Now),
                    Key = process.Id,
                    Version = (latest?.Version ?? 0) + 1,
                    Name = process.Name,
                    Xml = xml,
                    Hash = hash,
                    Source = source,
                    DeployedAt = executor.Now,
                };
                var executable = new ExecutableProcess(record.Id, record.Key, record.Version, process, _core.Compiler);
                record.StartMessages = executable.MessageStarts.Count == 0 ? null
                    : "," + string.Join(',', executable.MessageStarts.Select(s => ((MessageTrigger)s.Trigger).MessageName)) + ",";
                executor.Changes.NewDefinitions.Add(record);
                _core.Definitions.Put(executable);
                await ReplaceStartTimersAsync(executor, latest, executable, ct);
                result.Add(new DeployedDefinition(record.Id, record.Key, record.Version, record.Name, true));
            }
            return result;
        }, ct);
        return new DeploymentResult(deployed, diagnostics);
    }

    /// <summary>Timer start events belong to the latest version only: the previous version's stop, the new one's start.</summary>
    private async Task ReplaceStartTimersAsync(Executor executor, DefinitionRecord? previous, ExecutableProcess process, CancellationToken ct)
    {
        var pending = new Dictionary<string, TimerRecord>(StringComparer.Ordinal);
        if (previous is not null)
        {
            foreach (var timer in await _core.Store.FindPendingTimersAsync(null, previous.Id, ct))
            {
                executor.Changes.CancelledTimers.Add(timer.Id);
                pending[timer.ElementId] = timer;
            }
        }
        foreach (var start in process.TimerStarts)
        {
            if (CreateStartTimer(executor, process, start, pending.GetValueOrDefault(start.Id)) is { } timer)
            {
                executor.Changes.NewTimers.Add(timer);
                executor.ScheduleTimer(timer.Id, timer.DueAt);
            }
        }
    }
}
