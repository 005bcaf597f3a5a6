using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// A message end or intermediate throw event sends its message the way a send task does: through a job. Other
/// end and throw events only have their extensions checked.
/// </summary>
internal static class MessageThrowReader
{
    public static JobDefinition? Read(XElement element, EventTrigger trigger, ParseContext context)
    {
        if (trigger is not MessageTrigger)
        {
            ExtensionElements.Check(element, context);
            CamundaAttributes.Check(element, context);
            return null;
        }

        var consumed = new List<string>();
        var errorsBefore = context.Diagnostics.Count(d => d.IsError);
        var job = JobReader.Read(element, context, consumed);
        CamundaAttributes.Check(element, context, [.. consumed]);
        ExtensionElements.Check(element, context, "zeebe:taskDefinition", "zeebe:taskHeaders", "zeebe:ioMapping");
        if (job is null && context.Diagnostics.Count(d => d.IsError) == errorsBefore)
        {
            context.Error(element, MessageThrowWithoutImplementation.Format(DiagnosticTerms.Kind(element.Name.LocalName)));
        }

        return job;
    }
}
