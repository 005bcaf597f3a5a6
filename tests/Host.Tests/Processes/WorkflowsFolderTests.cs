using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Rules.RuleSets;
using Samverkan.Testing;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Tests.Processes;

/// <summary>Every file in workflows/ can be deployed, every rule set file passes its samples, and every parameter and rule set a diagram names exists.</summary>
public sealed partial class WorkflowsFolderTests(WorkflowsFolderTests.Deployed deployed) : IClassFixture<WorkflowsFolderTests.Deployed>
{
    private static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    private readonly ProcessHost _host = deployed.Host;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Workflows, "*.bpmn", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(Repository.Workflows, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_Validates_WithoutErrors(string file)
    {
        var (_, diagnostics) = _host.Engine.Validate(File.ReadAllText(Path.Combine(Repository.Workflows, file)));

        Assert.Empty(diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_NamesOnlyParametersThatExist(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Workflows, file));
        var known = (await _host.Parameters.ListAsync()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = ParameterReference().Matches(text).Select(m => m.Groups[1].Value).Distinct().Where(n => !known.Contains(n)).ToList();

        Assert.Empty(missing);
    }

    public static TheoryData<string> RuleSetFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Workflows, "rules"), "*.json").Order())
        {
            if (Path.GetFileName(file) != "parameters.json")
            {
                data.Add(Path.GetFileName(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSetFiles))]
    public async Task RuleSetFile_Validates_SamplesPass(string file)
    {
        var ruleSets = _host.Services.GetRequiredService<IRuleSetService>();

        var errors = await ruleSets.ValidateAsync(Path.GetFileNameWithoutExtension(file), File.ReadAllText(Path.Combine(Repository.Workflows, "rules", file)));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_NamesOnlyRuleSetsThatExist(string file)
    {
        var document = XDocument.Load(Path.Combine(Repository.Workflows, file));
        var ruleSets = _host.Services.GetRequiredService<IRuleSetService>();
        var missing = new List<string>();
        var decisions = document.Descendants().Select(e => (string?)e.Attribute(Camunda + "decisionRef")).OfType<string>();
        var completions = document.Descendants(Camunda + "property")
            .Where(p => (string?)p.Attribute("name") == TaskProperties.CompletionRuleSet)
            .SelectMany(p => ((string?)p.Attribute("value") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var reference in decisions.Concat(completions).Distinct())
        {
            if (await ruleSets.GetAsync(reference) is null)
            {
                missing.Add(reference);
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_IsDeployedAtStartUp(string file)
    {
        var document = XDocument.Load(Path.Combine(Repository.Workflows, file));
        XNamespace bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

        foreach (var process in document.Descendants(bpmn + "process").Select(p => (string)p.Attribute("id")!))
        {
            Assert.NotNull(await _host.Engine.Queries.FindDefinitionAsync(process));
        }
    }

    /// <summary>One host for the class: its tests only read what the start-up deployed.</summary>
    public sealed class Deployed : IDisposable
    {
        public ProcessHost Host { get; } = new();

        public void Dispose() => Host.Dispose();
    }

    [GeneratedRegex(@"\bparams\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();
}
