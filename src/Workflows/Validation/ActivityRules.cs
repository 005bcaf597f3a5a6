using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Settings an activity needs to run: called process, form fields, multi-instance input.</summary>
internal sealed class ActivityRules : IProcessRule
{
    private static readonly HashSet<string> FormTypes = ["string", "long", "boolean", "date", "enum"];

    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var activity in process.Nodes.OfType<Activity>())
        {
            void Error(DiagnosticMessage message) => diagnostics.Add(BpmnDiagnostic.Error(activity.Id, activity.Line, message));

            if (activity is CallActivity call)
            {
                if (string.IsNullOrWhiteSpace(call.CalledElement))
                {
                    Error(MissingCalledElement.Format());
                }

                if (call.Binding == CalledElementBinding.Version && call.Version is null)
                {
                    Error(MissingCalledElementVersion.Format());
                }
            }

            if (activity is UserTask task)
            {
                CheckForm(task, Error);
            }

            if (activity.MultiInstance is { Collection: null, LoopCardinality: null } multi)
            {
                diagnostics.Add(BpmnDiagnostic.Error(activity.Id, multi.Line, MultiInstanceWithoutInput.Format()));
            }
        }
    }

    private static void CheckForm(UserTask task, Action<DiagnosticMessage> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in task.FormFields)
        {
            if (!seen.Add(field.Id))
            {
                error(DuplicateFormField.Format(field.Id));
            }

            if (!FormTypes.Contains(field.Type))
            {
                error(UnknownFormFieldType.Format(field.Id, field.Type));
            }
            else if (field.Type == "enum" && field.Options.Count == 0)
            {
                error(EnumWithoutValues.Format(field.Id));
            }
        }
    }
}
