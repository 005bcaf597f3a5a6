using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads camunda:asyncBefore (or the older camunda:async), asyncAfter, exclusive and failedJobRetryTimeCycle of any node.</summary>
internal static partial class AsyncReader
{
    /// <summary>The attributes read here, for <see cref="CamundaAttributes"/> not to report them again.</summary>
    public static readonly string[] Attributes = ["asyncBefore", "async", "asyncAfter", "exclusive"];

    [GeneratedRegex(@"^R(\d+)/(P\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Repeated();

    public static AsyncContinuation? Read(XElement element, FlowNode node, bool inEventSubProcess, ParseContext context)
    {
        var before = Flag(element, "asyncBefore", context) || Flag(element, "async", context);
        var after = Flag(element, "asyncAfter", context);
        var exclusive = element.Attribute(Camunda + "exclusive") is null || Flag(element, "exclusive", context);
        var cycleElement = element.Elements(Bpmn + "extensionElements").Elements(Camunda + "failedJobRetryTimeCycle").FirstOrDefault();
        var cycle = cycleElement is null ? null : ReadCycle(cycleElement, context);
        if (before && (node is BoundaryEvent || (node is StartEvent && inEventSubProcess)))
        {
            context.Error(element, AsyncBeforeNotSupported.Format(DiagnosticTerms.Kind(node.Kind)));
        }
        else if (before && AfterEventBasedGateway(element))
        {
            context.Error(element, AsyncBeforeEventGatewayTarget.Format());
        }
        if (after && node is Gateway)
        {
            context.Error(element, AsyncAfterNotSupported.Format(DiagnosticTerms.Kind(node.Kind)));
        }
        if (cycleElement is not null && !before && !after && node is not ServiceTask)
        {
            context.Warning(cycleElement, RetryCycleWithoutJob.Format());
        }
        if (!before && !after && cycle is null)
        {
            return null;
        }
        return new AsyncContinuation { Before = before, After = after, Exclusive = exclusive, RetryCycle = cycle };
    }

    /// <summary>An event-based gateway arms the events after it itself; no token arrives at them to be parked.</summary>
    private static bool AfterEventBasedGateway(XElement element)
    {
        var id = (string?)element.Attribute("id");
        var siblings = element.Parent?.Elements().ToList() ?? [];
        return siblings.Where(e => e.Name == Bpmn + "sequenceFlow" && (string?)e.Attribute("targetRef") == id)
            .Select(flow => (string?)flow.Attribute("sourceRef"))
            .Any(source => siblings.Any(e => e.Name == Bpmn + "eventBasedGateway" && (string?)e.Attribute("id") == source));
    }

    private static bool Flag(XElement element, string name, ParseContext context)
    {
        var attribute = element.Attribute(Camunda + name);
        if (attribute is null)
        {
            return false;
        }
        var value = attribute.Value.Trim();
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            context.Error(attribute, InvalidAsyncFlag.Format(name, attribute.Value));
        }
        return false;
    }

    private static RetryCycle? ReadCycle(XElement cycleElement, ParseContext context)
    {
        var text = cycleElement.Value.Trim();
        if (Parse(text) is { } cycle)
        {
            return cycle;
        }
        context.Error(cycleElement, InvalidRetryCycle.Format(text));
        return null;
    }

    /// <summary>R3/PT5M or PT1M,PT5M; null when neither.</summary>
    public static RetryCycle? Parse(string text)
    {
        if (Repeated().Match(text) is { Success: true } match)
        {
            var attempts = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return attempts > 0 && Duration(match.Groups[2].Value) is { } wait ? new RetryCycle(attempts, [wait]) : null;
        }
        var waits = text.Split(',', StringSplitOptions.TrimEntries).Select(Duration).ToArray();
        return text.Length > 0 && waits.All(w => w is not null) ? new RetryCycle(waits.Length + 1, waits.Select(w => w!.Value).ToArray()) : null;
    }

    private static TimeSpan? Duration(string text) =>
        IsoDuration.TryParse(text, out var d) && d.Years == 0 && d.Months == 0 ? TimeSpan.FromDays(d.Days) + d.Time : null;
}
