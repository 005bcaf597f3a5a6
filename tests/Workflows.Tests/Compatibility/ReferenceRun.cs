using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Tests.Execution;

namespace Samverkan.Workflows.Tests.Compatibility;

/// <summary>What happened to one reference file: the error codes that refused it, or how each process ran.</summary>
internal sealed record FileOutcome(IReadOnlyList<string> ErrorCodes, IReadOnlyList<string> Runs)
{
    public bool Deployed => ErrorCodes.Count == 0;
}

/// <summary>
/// Deploys a file from another tool and, where it deploys, starts each process with a plain start event and works it
/// as a user and an external worker would: every open task completed (required form fields filled by type), every
/// external task fetched and completed, until nothing moves. Timers and messages are wait states; the clock stands still.
/// </summary>
internal static class ReferenceRun
{
    private const int MaxRounds = 50;
    private const string Worker = "reference-worker";

    public static async Task<FileOutcome> RunAsync(string xml, IReadOnlyDictionary<string, object?>? startVariables = null)
    {
        var fixture = new EngineFixture(rules: new NoDecision());
        var deployment = await fixture.Engine.DeployAsync(xml);
        if (!deployment.Succeeded)
        {
            return new FileOutcome([.. deployment.Errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal)], []);
        }

        var runs = new List<string>();
        foreach (var definition in deployment.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var model = await fixture.Engine.GetModelAsync(definition.Id);
            if (!model.ChildrenOf(model.Id).Any(n => n is StartEvent { Trigger: NoneTrigger }))
            {
                runs.Add($"{definition.Key}: no plain start event");
                continue;
            }

            var topics = model.Nodes.OfType<ServiceTask>()
                .Where(t => t.Implementation == ServiceImplementation.External).Select(t => t.Target).ToHashSet(StringComparer.Ordinal);
            var instance = await fixture.Engine.StartAsync(definition.Key, variables: startVariables);
            runs.Add($"{definition.Key}: {await DriveAsync(fixture, instance.Id, topics)}");
        }
        return new FileOutcome([], runs);
    }

    private static async Task<string> DriveAsync(EngineFixture fixture, Guid instanceId, IReadOnlyCollection<string> topics)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var moved = false;
            foreach (var task in (await fixture.Engine.QueryTasksAsync(new TaskQuery { PageSize = 500 })).Items)
            {
                var form = await fixture.Engine.GetTaskFormAsync(task);
                await fixture.Engine.CompleteTaskAsync(task.Id, FillRequired(form, fixture.Clock.GetUtcNow()), "reference-user");
                moved = true;
            }

            if (topics.Count > 0)
            {
                foreach (var job in await fixture.Engine.FetchAndLockAsync(Worker, topics, 100, TimeSpan.FromMinutes(5)))
                {
                    await fixture.Engine.CompleteExternalTaskAsync(job.Id, Worker);
                    moved = true;
                }
            }

            moved |= await fixture.Engine.RunDueJobsAsync() > 0;
            if (!moved)
            {
                break;
            }
        }

        var instance = await fixture.InstanceAsync(instanceId);
        if (instance.Status == InstanceStatus.Completed)
        {
            return "completed";
        }

        var incidents = instance.Incidents.Select(i => $"incident at {i.ElementId} ({i.Type})");
        var waits = instance.ActiveElementIds.Order(StringComparer.Ordinal).Select(id => $"waits at {id}");
        return string.Join(", ", incidents.Concat(waits));
    }

    private static Dictionary<string, object?> FillRequired(IReadOnlyList<FormField> form, DateTimeOffset now) =>
        form.Where(f => f.Required && !f.ReadOnly && f.DefaultValue is null).ToDictionary(f => f.Id, f => f.Type switch
        {
            "boolean" => true,
            "long" => (object?)Math.Max(f.Min ?? 1, 1),
            "date" => now,
            "enum" => f.Options.FirstOrDefault()?.Id,
            _ => "reference",
        });

    /// <summary>No rule sets exist in this run: a business rule task gets an empty result, as a rule set that matches nothing.</summary>
    private sealed class NoDecision : IBusinessRuleEvaluator
    {
        public Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct) =>
            Task.FromResult(new BusinessRuleResult(null, $"reference run: no rule set '{decisionRef}'"));
    }
}
