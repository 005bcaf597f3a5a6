using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>serviceTask and sendTask: an external topic or a registered handler; Java implementations are errors.</summary>
internal static partial class ServiceTaskReader
{
    [GeneratedRegex(@"^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$")]
    private static partial Regex HandlerName();

    public static Activity Read(XElement element, string id, ParseContext context)
    {
        var isSend = element.Name.LocalName == "sendTask";
        var type = (string?)element.Attribute(Camunda + "type");
        var topic = MultiInstanceReader.NullIfBlank((string?)element.Attribute(Camunda + "topic"));
        var delegateExpression = (string?)element.Attribute(Camunda + "delegateExpression");
        var consumed = new List<string> { "type", "topic", "resultVariable" };
        ServiceTask? task = null;
        var errorsBefore = context.Diagnostics.Count(d => d.IsError);

        if (type == "external")
        {
            if (topic is null)
            {
                context.Error(element, ExternalTaskWithoutTopic.Format());
            }
            else
            {
                task = new ServiceTask { Id = id, IsSend = isSend, Implementation = ServiceImplementation.External, Target = topic };
            }
        }
        else if (type is not null)
        {
            context.NotExecuted(element, TypeNotExecuted.Format(type));
        }

        if (delegateExpression is not null)
        {
            var match = HandlerName().Match(delegateExpression);
            if (match.Success)
            {
                consumed.Add("delegateExpression");
                task ??= new ServiceTask { Id = id, IsSend = isSend, Implementation = ServiceImplementation.Handler, Target = match.Groups[1].Value };
            }
            else
            {
                consumed.Add("delegateExpression");
                context.NotExecuted(element, InvalidDelegateExpression.Format());
            }
        }

        CamundaAttributes.Check(element, context, [.. consumed]);
        ExtensionElements.Check(element, context, "inputOutput");
        if (task is null && context.Diagnostics.Count(d => d.IsError) == errorsBefore)
        {
            context.Error(element, NoImplementation.Format(DiagnosticTerms.Kind(element.Name.LocalName)));
        }

        // A placeholder keeps the graph whole; the error above already stops deployment.
        return task is null ? new PassThroughTask { Id = id } : task;
    }
}
