using System.Globalization;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

internal static class CallActivityReader
{
    public static CallActivity Read(XElement element, string id, ParseContext context)
    {
        CamundaAttributes.Check(element, context, "calledElementBinding", "calledElementVersion");
        ExtensionElements.Check(element, context, "in", "out", "inputOutput", "zeebe:calledElement");

        var binding = CalledElementBinding.Latest;
        var bindingText = (string?)element.Attribute(Camunda + "calledElementBinding");
        if (bindingText == "version")
        {
            binding = CalledElementBinding.Version;
        }
        else if (bindingText is not null && bindingText != "latest")
        {
            context.NotExecuted(element, CalledElementBindingNotSupported.Format(bindingText));
        }

        int? version = null;
        var versionText = (string?)element.Attribute(Camunda + "calledElementVersion");
        if (versionText is not null)
        {
            if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                version = parsed;
            }
            else
            {
                context.Error(element, InvalidCalledElementVersion.Format(versionText));
            }
        }

        var call = new CallActivity
        {
            Id = id,
            CalledElement = ((string?)element.Attribute("calledElement"))?.Trim() ?? "",
            Binding = binding,
            Version = version,
            In = ExtensionElements.Of(element, "in").Select(e => ReadMapping(e, context)).ToArray(),
            Out = ExtensionElements.Of(element, "out").Select(e => ReadMapping(e, context)).ToArray(),
        };
        return ZeebeValues.First(element, "calledElement") is { } called ? ReadZeebe(call, called, context) : call;
    }

    // Camunda 8: every parent variable goes in and every child variable comes out unless switched off or output mappings
    // are given (then the child's variables are local to the call activity, for its outputs to read); without
    // propagateAllParentVariables only the call activity's input mappings (its local variables) go in.
    private static CallActivity ReadZeebe(CallActivity call, XElement called, ParseContext context)
    {
        var processId = MultiInstanceReader.NullIfBlank((string?)called.Attribute("processId"));
        if (processId is null)
        {
            context.Error(called, MissingZeebeAttribute.Format("calledElement", "processId"));
        }
        else if (ZeebeValues.IsFeel(processId))
        {
            context.NotExecuted(called, FeelNotTranslated.Format("calledElement", "processId", processId, "the called process must be named literally"));
        }

        var line = ParseContext.LineOf(called);
        var allIn = !IsFalse(called, "propagateAllParentVariables");
        // As in Zeebe, output mappings alone decide what comes out once there are any.
        var allOut = !IsFalse(called, "propagateAllChildVariables") && !called.Parent!.Elements(Zeebe + "ioMapping").Elements(Zeebe + "output").Any();
        var inputs = called.Parent!.Elements(Zeebe + "ioMapping").Elements(Zeebe + "input")
            .Select(i => MultiInstanceReader.NullIfBlank((string?)i.Attribute("target")))
            .OfType<string>()
            .Select(name => new VariableMapping { Source = name, Target = name, Line = line });
        return call with
        {
            CalledElement = processId ?? "",
            In = allIn ? [new VariableMapping { All = true, Line = line }] : [.. inputs],
            Out = [new VariableMapping { All = true, Local = !allOut, Line = line }],
        };
    }

    private static bool IsFalse(XElement element, string attribute) =>
        string.Equals((string?)element.Attribute(attribute), "false", StringComparison.OrdinalIgnoreCase);

    private static VariableMapping ReadMapping(XElement element, ParseContext context)
    {
        var mapping = new VariableMapping
        {
            All = (string?)element.Attribute("variables") == "all",
            Source = MultiInstanceReader.NullIfBlank((string?)element.Attribute("source")),
            SourceExpression = MultiInstanceReader.NullIfBlank((string?)element.Attribute("sourceExpression")),
            Target = MultiInstanceReader.NullIfBlank((string?)element.Attribute("target")),
            BusinessKey = element.Attribute("businessKey") is not null,
            Line = ParseContext.LineOf(element),
        };
        if (element.Attribute("local") is not null)
        {
            context.Warning(element, MappingLocalIgnored.Format(element.Name.LocalName));
        }

        if (!mapping.All && !mapping.BusinessKey && (mapping.Source ?? mapping.SourceExpression) is null)
        {
            context.Error(element, MappingWithoutSource.Format(element.Name.LocalName));
        }
        else if ((mapping.Source ?? mapping.SourceExpression) is not null && mapping.Target is null)
        {
            context.Error(element, MappingWithoutTarget.Format(element.Name.LocalName));
        }

        return mapping;
    }
}
