using System.Xml;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Parsing;

/// <summary>State shared by the readers of one file: diagnostics and the document-level declarations.</summary>
internal sealed class ParseContext
{
    public List<BpmnDiagnostic> Diagnostics { get; } = [];
    public List<UnsupportedElement> Unsupported { get; } = [];
    public Dictionary<string, XElement> Messages { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Signals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Errors { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, XElement> Escalations { get; } = new(StringComparer.Ordinal);

    public static int LineOf(XObject at) => at is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The id of the nearest BPMN element, so a problem in extension elements points at its task.</summary>
    public static string? OwnerId(XObject at)
    {
        var element = at as XElement ?? at.Parent;
        return element?.AncestorsAndSelf()
            .Where(e => e.Name.Namespace == BpmnNamespaces.Bpmn)
            .Select(e => (string?)e.Attribute("id"))
            .FirstOrDefault(id => id is not null);
    }

    public void Error(XObject at, DiagnosticMessage message) =>
        Diagnostics.Add(BpmnDiagnostic.Error(OwnerId(at), LineOf(at), message));

    public void Warning(XObject at, DiagnosticMessage message) =>
        Diagnostics.Add(BpmnDiagnostic.Warning(OwnerId(at), LineOf(at), message));

    /// <summary>Something recognised that the engine does not execute: an error, also listed on the document.</summary>
    public void NotExecuted(XObject at, DiagnosticMessage message)
    {
        Error(at, message);
        Unsupported.Add(new UnsupportedElement(OwnerId(at) ?? "", LineOf(at), message.English));
    }

    /// <summary>The name of a referenced declaration; an unresolvable reference is reported and its id kept, so the validator does not report it again as missing.</summary>
    /// <param name="unknown">The text when nothing is declared with that id; <paramref name="unnamed"/> when the declaration has no name.</param>
    public string ResolveName(XObject at, string? reference, Dictionary<string, XElement> declarations, DiagnosticText unknown, DiagnosticText unnamed)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return "";
        }

        if (!declarations.TryGetValue(reference, out var declaration))
        {
            Error(at, unknown.Format(reference));
            return reference;
        }

        var name = (string?)declaration.Attribute("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            Error(at, unnamed.Format(reference));
            return reference;
        }

        return name;
    }
}
