using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>serviceTask and sendTask: an external topic or a registered handler; Java implementations are errors.</summary>
internal static class ServiceTaskReader
{
    public static Activity Read(XElement element, string id, ParseContext context)
    {
        var isSend = element.Name.LocalName == "sendTask";
        var consumed = new List<string> { "resultVariable" };
        var errorsBefore = context.Diagnostics.Count(d => d.IsError);
        var job = JobReader.Read(element, context, consumed);

        CamundaAttributes.Check(element, context, [.. consumed]);
        ExtensionElements.Check(element, context, "inputOutput", "zeebe:taskDefinition", "zeebe:taskHeaders");
        if (job is null && context.Diagnostics.Count(d => d.IsError) == errorsBefore)
        {
            context.Error(element, NoImplementation.Format(DiagnosticTerms.Kind(element.Name.LocalName)));
        }

        // A placeholder keeps the graph whole; the error above already stops deployment.
        return job is null
            ? new PassThroughTask { Id = id }
            : new ServiceTask
            {
                Id = id,
                IsSend = isSend,
                Implementation = job.Implementation,
                Target = job.Target,
                Retries = job.Retries,
                Headers = JobReader.Headers(element, context),
            };
    }
}
