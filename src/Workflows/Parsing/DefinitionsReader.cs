using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads bpmn:definitions: the declarations first, then each executable process.</summary>
internal sealed class DefinitionsReader(ParseContext context)
{
    // Modeler bookkeeping and type declarations that carry nothing the engine executes.
    private static readonly HashSet<string> Silent =
        ["collaboration", "category", "itemDefinition", "import", "extension", "documentation", "extensionElements", "relationship"];

    // Root elements of the BPMN 2.0 schema that describe participants, interfaces, resources, reusable tasks or
    // choreographies: deployable files from other tools carry them, and running the process does not need them.
    private static readonly HashSet<string> Descriptive =
    [
        "resource", "interface", "endPoint", "partnerEntity", "partnerRole", "correlationProperty",
        "globalTask", "globalUserTask", "globalManualTask", "globalScriptTask", "globalBusinessRuleTask",
        "choreography", "globalChoreographyTask", "conversation", "globalConversation",
    ];

    public BpmnDocument? Read(XElement root)
    {
        if (root.Name != Bpmn + "definitions")
        {
            context.Error(root, WrongRoot.Format(root.Name.LocalName, Bpmn.NamespaceName));
            return null;
        }

        ReportDuplicateIds(root);
        ReadDeclarations(root);

        var processes = new List<ProcessModel>();
        foreach (var element in root.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            var local = element.Name.LocalName;
            if (local == "process")
            {
                ReadProcess(element, processes);
            }
            else if (local == "dataStore")
            {
                context.Warning(element, DataStoreIgnored.Format());
            }
            else if (Descriptive.Contains(local))
            {
                context.Warning(element, DeclarationIgnored.Format(local));
            }
            else if (!Silent.Contains(local) && !IsDeclaration(local))
            {
                context.Error(element, UnknownElement.Format(local));
            }
        }

        if (processes.Count == 0)
        {
            context.Error(root, NoExecutableProcess.Format());
        }

        return new BpmnDocument { Processes = processes, Unsupported = context.Unsupported };
    }

    private void ReadProcess(XElement element, List<ProcessModel> processes)
    {
        if (!string.Equals((string?)element.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Warning(element, ProcessNotExecutable.Format());
            return;
        }

        if (string.IsNullOrEmpty((string?)element.Attribute("id")))
        {
            context.Error(element, MissingId.Format(DiagnosticTerms.Kind("process")));
            return;
        }

        CamundaAttributes.Check(element, context);
        ExtensionElements.Check(element, context);
        processes.Add(new ProcessReader(context).Read(element));
    }

    private static bool IsDeclaration(string local) => local is "message" or "signal" or "error" or "escalation";

    private void ReadDeclarations(XElement root)
    {
        foreach (var element in root.Elements())
        {
            var id = (string?)element.Attribute("id");
            if (id is null || element.Name.Namespace != Bpmn)
            {
                continue;
            }

            var table = element.Name.LocalName switch
            {
                "message" => context.Messages,
                "signal" => context.Signals,
                "error" => context.Errors,
                "escalation" => context.Escalations,
                _ => null,
            };
            table?.TryAdd(id, element);
        }
    }

    // Ids must be unique across the file; the model indexes by id, so later duplicates are dropped.
    private void ReportDuplicateIds(XElement root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.Descendants().Where(e => e.Name.Namespace == Bpmn))
        {
            var id = (string?)element.Attribute("id");
            if (id is not null && !seen.Add(id))
            {
                context.Diagnostics.Add(BpmnDiagnostic.Error(id, ParseContext.LineOf(element), DuplicateId.Format(id)));
            }
        }
    }
}
