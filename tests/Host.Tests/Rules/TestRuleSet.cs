using System.Text.RegularExpressions;

namespace Samverkan.Host.Tests.Rules;

/// <summary>A rule-set file from Rules/Files under a name of the test's own, so tests sharing one database never meet.</summary>
internal sealed partial class TestRuleSet
{
    public TestRuleSet(string file = "Eligibility.json")
    {
        Name = $"T{Guid.NewGuid():N}"[..13];
        Json = WorkflowName().Replace(RulesHost.ReadFile(file), $"\"WorkflowName\": \"{Name}\",", 1);
    }

    public string Name { get; }

    /// <summary>The file with the test's name as its WorkflowName.</summary>
    public string Json { get; }

    /// <summary>The file without its WorkflowName line, to be named by the URL.</summary>
    public string Unnamed => WorkflowName().Replace(Json, "", 1);

    [GeneratedRegex("\"WorkflowName\":\\s*\"\\w+\",?")]
    private static partial Regex WorkflowName();
}
