using System.Text.Json.Serialization;
using Samverkan.Rules.RuleSets;
using Samverkan.Workflows.Validation;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.Api;

/// <summary>
/// One entry of a problem's <c>errors</c> list: a BPMN diagnostic (<c>elementId</c>, <c>line</c>, <c>code</c>), a field
/// of the request (<c>field</c>, such as a form field, a variable or a JSON path), or a rule set's error (<c>rule</c>,
/// <c>sample</c>, <c>code</c>). Absent parts are left out.
/// </summary>
internal sealed record ProblemError(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ElementId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rule = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sample = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null)
{
    /// <summary>A BPMN diagnostic; one about the file as a whole names "definitions", as the validate command prints it.</summary>
    public static ProblemError From(BpmnDiagnostic diagnostic) =>
        new(diagnostic.Message, diagnostic.ElementId ?? "definitions", diagnostic.Line, Code: diagnostic.Code);

    public static ProblemError ForField(string field, string message) => new(message, Field: field);

    /// <summary>Why an instance (or a plan) cannot move to another version: the stable code and the element (a source id) concerned.</summary>
    public static ProblemError ForMigration(MigrationProblem problem) => new(problem.Message, problem.ElementId, Code: problem.Code);

    /// <summary>Why a rule set was refused or errored: the rule and the sample concerned, when there is one.</summary>
    public static ProblemError From(RuleSetError error) => new(error.Message, Rule: error.Rule, Sample: error.Sample, Code: error.Code);
}
