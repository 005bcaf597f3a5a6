using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>The Camunda 8 side of a user task: assignment, schedule, priority and form, read into the same fields as Camunda 7's.</summary>
internal static class ZeebeUserTaskReader
{
    private const string EmbeddedFormPrefix = "camunda-forms:bpmn:";

    public static UserTask Apply(UserTask task, XElement element, ParseContext context)
    {
        if (ZeebeValues.First(element, "assignmentDefinition") is { } assignment)
        {
            task = task with
            {
                Assignee = ZeebeValues.Value(assignment, "assignee", context) ?? task.Assignee,
                CandidateGroups = ZeebeValues.Value(assignment, "candidateGroups", context) ?? task.CandidateGroups,
                CandidateUsers = ZeebeValues.Value(assignment, "candidateUsers", context) ?? task.CandidateUsers,
            };
        }

        if (ZeebeValues.First(element, "taskSchedule") is { } schedule)
        {
            task = task with
            {
                DueDate = ZeebeValues.Value(schedule, "dueDate", context) ?? task.DueDate,
                FollowUpDate = ZeebeValues.Value(schedule, "followUpDate", context) ?? task.FollowUpDate,
            };
        }

        if (ZeebeValues.First(element, "priorityDefinition") is { } priority)
        {
            task = task with { Priority = ZeebeValues.Value(priority, "priority", context) ?? task.Priority };
        }

        return ZeebeValues.First(element, "formDefinition") is { } form ? ApplyForm(task, form, context) : task;
    }

    // formKey "camunda-forms:bpmn:<id>" points at a zeebe:userTaskForm embedded in the process; formId at a form deployed
    // beside the process (Camunda 8.3+), which Samverkan has no store for: its id becomes the form key for the host to resolve.
    private static UserTask ApplyForm(UserTask task, XElement form, ParseContext context)
    {
        var formKey = MultiInstanceReader.NullIfBlank((string?)form.Attribute("formKey"));
        var formId = MultiInstanceReader.NullIfBlank((string?)form.Attribute("formId"))
            ?? MultiInstanceReader.NullIfBlank((string?)form.Attribute("externalReference"));
        if (formKey is null && formId is null)
        {
            context.Error(form, MissingZeebeAttribute.Format("formDefinition", "formKey"));
            return task;
        }

        if (formKey is null || !formKey.StartsWith(EmbeddedFormPrefix, StringComparison.Ordinal))
        {
            return task with { FormKey = formKey ?? formId };
        }

        var id = formKey[EmbeddedFormPrefix.Length..];
        var declaration = form.Ancestors(BpmnNamespaces.Bpmn + "process")
            .Elements(BpmnNamespaces.Bpmn + "extensionElements")
            .Elements(BpmnNamespaces.Zeebe + "userTaskForm")
            .FirstOrDefault(f => (string?)f.Attribute("id") == id);
        if (declaration is null)
        {
            context.Error(form, UnknownZeebeForm.Format(id));
            return task;
        }

        return task with { FormKey = formKey, FormFields = [.. task.FormFields, .. ZeebeFormReader.Read(declaration, id, context)] };
    }
}
