using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>Settings an activity needs to run: called process, form fields, multi-instance input.</summary>
internal sealed class ActivityRules : IProcessRule
{
    private static readonly HashSet<string> FormTypes = ["string", "long", "boolean", "date", "enum"];

    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var activity in process.Nodes.OfType<Activity>())
        {
            void Error(string message) => diagnostics.Add(BpmnDiagnostic.Error(activity.Id, activity.Line, message));

            if (activity is CallActivity call)
            {
                if (string.IsNullOrWhiteSpace(call.CalledElement))
                {
                    Error("missing calledElement");
                }

                if (call.Binding == CalledElementBinding.Version && call.Version is null)
                {
                    Error("calledElementBinding \"version\" needs camunda:calledElementVersion");
                }
            }

            if (activity is UserTask task)
            {
                CheckForm(task, Error);
            }

            if (activity.MultiInstance is { Collection: null, LoopCardinality: null } multi)
            {
                diagnostics.Add(BpmnDiagnostic.Error(activity.Id, multi.Line,
                    "multi-instance needs camunda:collection or loopCardinality"));
            }
        }
    }

    private static void CheckForm(UserTask task, Action<string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in task.FormFields)
        {
            if (!seen.Add(field.Id))
            {
                error($"duplicate form field id '{field.Id}'");
            }

            if (!FormTypes.Contains(field.Type))
            {
                error($"form field '{field.Id}' has unknown type '{field.Type}' (string, long, boolean, date, enum)");
            }
            else if (field.Type == "enum" && field.Options.Count == 0)
            {
                error($"enum form field '{field.Id}' has no values");
            }
        }
    }
}
