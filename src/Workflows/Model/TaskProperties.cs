namespace Samverkan.Workflows.Model;

/// <summary>The camunda:property names of a user task that Samverkan acts on.</summary>
public static class TaskProperties
{
    /// <summary>Rule sets (comma-separated, checked in order) that must pass over the variables before the task may be completed.</summary>
    public const string CompletionRuleSet = "completionRuleSet";
}
