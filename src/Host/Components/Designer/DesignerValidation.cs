using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Validation;

namespace Samverkan.Host.Components.Designer;

/// <summary>
/// Runs the engine's own validation (the one deployment and the <c>validate</c> command run) on the modeler's XML,
/// and turns the diagnostics into problems to show on the diagram, in Swedish.
/// </summary>
public static class DesignerValidation
{
    public const string NoExecutableProcess = "Diagrammet har ingen körbar process (bocka i \"Körbar\" på processen).";

    public static IReadOnlyList<DiagramProblem> Check(ProcessEngine engine, string xml)
    {
        var (document, diagnostics) = engine.Validate(xml);
        var problems = From(diagnostics, xml).ToList();
        if (document is not null && document.Processes.Count == 0)
        {
            problems.Insert(0, new DiagramProblem(null, NoExecutableProcess, 0, true));
        }
        return problems;
    }

    /// <summary>The problems a refused deployment reported; nothing deployed and no errors means no executable process.</summary>
    public static IReadOnlyList<DiagramProblem> FromDeployment(DeploymentResult result, string xml)
    {
        var problems = From(result.Diagnostics, xml).ToList();
        if (!result.Succeeded && !problems.Any(p => p.IsError))
        {
            problems.Insert(0, new DiagramProblem(null, NoExecutableProcess, 0, true));
        }
        return problems;
    }

    private static IEnumerable<DiagramProblem> From(IEnumerable<BpmnDiagnostic> diagnostics, string xml)
    {
        var names = ProcessElementNames.Read(xml);
        return diagnostics.OrderByDescending(d => d.IsError).ThenBy(d => d.Line)
            .Select(d => new DiagramProblem(d.ElementId, d.Swedish, d.Line, d.IsError, d.ElementId is { } id ? names.GetValueOrDefault(id) : null));
    }
}
