using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads bpmn:definitions: the declarations first, then each executable process.</summary>
internal sealed class DefinitionsReader(ParseContext context)
{
    // Modeler bookkeeping and type declarations that carry nothing the engine executes.
    private static readonly HashSet<string> Silent =
        ["collaboration", "category", "itemDefinition", "import", "extension", "documentation", "extensionElements"];

    public BpmnDocument? Read(XElement root)
    {
        if (root.Name != Bpmn + "definitions")
        {
            context.Error(root, $"the root element is '{root.Name.LocalName}', expected bpmn:definitions in namespace {Bpmn.NamespaceName}");
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
                context.Warning(element, "dataStore is ignored: Samverkan keeps no data stores");
            }
            else if (!Silent.Contains(local) && !IsDeclaration(local))
            {
                context.Error(element, $"unknown BPMN element '{local}'");
            }
        }

        if (processes.Count == 0)
        {
            context.Error(root, "the file has no executable process (isExecutable=\"true\")");
        }

        return new BpmnDocument { Processes = processes, Unsupported = context.Unsupported };
    }

    private void ReadProcess(XElement element, List<ProcessModel> processes)
    {
        if (!string.Equals((string?)element.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Warning(element, "process is not executable (isExecutable is not \"true\") and is ignored");
            return;
        }

        if (string.IsNullOrEmpty((string?)element.Attribute("id")))
        {
            context.Error(element, "process has no id");
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
                context.Diagnostics.Add(Validation.BpmnDiagnostic.Error(id, ParseContext.LineOf(element), $"duplicate id '{id}'"));
            }
        }
    }
}
