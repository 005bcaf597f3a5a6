using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads how a service task, send task or message throw event is carried out: camunda:type="external" with a topic,
/// camunda:delegateExpression="${handler}", or zeebe:taskDefinition (type = topic of an external task). Java
/// implementations are errors.
/// </summary>
internal static partial class JobReader
{
    [GeneratedRegex(@"^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$")]
    private static partial Regex HandlerName();

    /// <param name="consumed">Receives the camunda attribute names read here.</param>
    public static JobDefinition? Read(XElement element, ParseContext context, List<string> consumed)
    {
        var type = (string?)element.Attribute(Camunda + "type");
        var topic = MultiInstanceReader.NullIfBlank((string?)element.Attribute(Camunda + "topic"));
        var delegateExpression = (string?)element.Attribute(Camunda + "delegateExpression");
        consumed.AddRange(["type", "topic"]);
        JobDefinition? job = null;

        if (type == "external")
        {
            if (topic is null)
            {
                context.Error(element, ExternalTaskWithoutTopic.Format());
            }
            else
            {
                job = new JobDefinition { Implementation = ServiceImplementation.External, Target = topic };
            }
        }
        else if (type is not null)
        {
            context.NotExecuted(element, TypeNotExecuted.Format(type));
        }

        if (delegateExpression is not null)
        {
            consumed.Add("delegateExpression");
            var match = HandlerName().Match(delegateExpression);
            if (match.Success)
            {
                job ??= new JobDefinition { Implementation = ServiceImplementation.Handler, Target = match.Groups[1].Value };
            }
            else
            {
                context.NotExecuted(element, InvalidDelegateExpression.Format());
            }
        }

        return ReadZeebe(element, context) ?? job;
    }

    private static JobDefinition? ReadZeebe(XElement element, ParseContext context)
    {
        if (ZeebeValues.First(element, "taskDefinition") is not { } definition)
        {
            return null;
        }

        var type = MultiInstanceReader.NullIfBlank((string?)definition.Attribute("type"));
        var retries = ZeebeValues.Number(definition, "retries", 0, context);
        if (type is null)
        {
            context.Error(definition, MissingZeebeAttribute.Format("taskDefinition", "type"));
            return null;
        }

        if (ZeebeValues.IsFeel(type))
        {
            // A topic is fixed when the job is created; a computed one cannot be fetched by name.
            context.NotExecuted(definition, FeelNotTranslated.Format("taskDefinition", "type", type, "the type must be a literal"));
            return null;
        }

        return new JobDefinition { Implementation = ServiceImplementation.External, Target = type, Retries = retries };
    }

    /// <summary>zeebe:taskHeaders as key/value pairs.</summary>
    public static IReadOnlyDictionary<string, string> Headers(XElement element, ParseContext context)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in ZeebeValues.Of(element, "taskHeaders").Elements(Zeebe + "header"))
        {
            var key = MultiInstanceReader.NullIfBlank((string?)header.Attribute("key"));
            if (key is null)
            {
                context.Error(header, MissingZeebeAttribute.Format("header", "key"));
            }
            else if (!headers.TryAdd(key, (string?)header.Attribute("value") ?? ""))
            {
                context.Error(header, DuplicateProperty.Format(key));
            }
        }

        return headers;
    }
}
