using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>The compensation parts of BPMN: compensateEventDefinition, isForCompensation and the association to a handler.</summary>
internal static class CompensateDefinition
{
    public static CompensateTrigger Read(XElement definition, ParseContext context)
    {
        var activityRef = MultiInstanceReader.NullIfBlank((string?)definition.Attribute("activityRef"));
        if (string.Equals((string?)definition.Attribute("waitForCompletion"), "false", StringComparison.OrdinalIgnoreCase))
        {
            context.NotExecuted(definition, CompensationNoWaitNotSupported.Format());
        }

        return new CompensateTrigger(activityRef);
    }

    public static bool IsForCompensation(XElement activity) =>
        string.Equals((string?)activity.Attribute("isForCompensation"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The handler of each compensation boundary event: the other end of an association that touches it.</summary>
    public static Dictionary<string, string> Handlers(IEnumerable<BoundaryEvent> boundaries, IReadOnlyList<(string Source, string Target)> associations)
    {
        var handlers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var boundary in boundaries.Where(b => b.Trigger is CompensateTrigger))
        {
            var handler = associations.Where(a => a.Source == boundary.Id).Select(a => a.Target)
                .Concat(associations.Where(a => a.Target == boundary.Id).Select(a => a.Source))
                .FirstOrDefault();
            if (handler is not null)
            {
                handlers[boundary.AttachedToId] = handler;
            }
        }

        return handlers;
    }
}
