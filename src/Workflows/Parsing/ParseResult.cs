using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Parsing;

/// <summary>The parsed document (null when the XML itself could not be read) and what the parser found wrong with it.</summary>
public sealed record ParseResult(BpmnDocument? Document, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
