using System.Xml.Linq;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reports camunda:* attributes an element's reader did not consume: nothing the designer wrote goes unmentioned.</summary>
internal static class CamundaAttributes
{
    // Job-executor and deployment settings of Camunda 7; Samverkan schedules differently, behaviour is unchanged.
    private static readonly HashSet<string> Ignored =
    [
        "jobPriority", "taskPriority", "versionTag",
        "candidateStarterGroups", "candidateStarterUsers", "modelerTemplate", "modelerTemplateVersion",
    ];

    // bpmn-js writes these on every new diagram; warning about them would only be noise.
    private static readonly HashSet<string> Silent = ["historyTimeToLive", "isStartableInTasklist"];

    // Java-side implementations of Camunda 7 that Samverkan has no way to run.
    private static readonly HashSet<string> Java = ["class", "expression", "delegateExpression"];

    public static void Check(XElement element, ParseContext context, params string[] consumed)
    {
        foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == Camunda))
        {
            var name = attribute.Name.LocalName;
            if (consumed.Contains(name) || Silent.Contains(name) || AsyncReader.Attributes.Contains(name))
            {
                continue;
            }

            if (Ignored.Contains(name))
            {
                context.Warning(attribute, CamundaIgnored.Format(name));
            }
            else if (Java.Contains(name))
            {
                context.NotExecuted(attribute, CamundaNotExecuted.Format(name));
            }
            else
            {
                context.Warning(attribute, UnknownCamundaAttribute.Format(name));
            }
        }
    }
}
