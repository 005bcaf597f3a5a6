using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

internal static class UserTaskReader
{
    private static readonly string[] Attributes =
        ["assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority", "formKey"];

    public static UserTask Read(XElement element, string id, ParseContext context)
    {
        CamundaAttributes.Check(element, context, Attributes);
        ExtensionElements.Check(element, context, "formData", "inputOutput", "zeebe:assignmentDefinition", "zeebe:taskSchedule",
            "zeebe:priorityDefinition", "zeebe:formDefinition");
        var formData = ExtensionElements.Of(element, "formData").ToList();
        if (formData.Count > 1)
        {
            context.Error(formData[1], MultipleFormData.Format());
        }

        var task = new UserTask
        {
            Id = id,
            Assignee = Camunda(element, "assignee"),
            CandidateGroups = Camunda(element, "candidateGroups"),
            CandidateUsers = Camunda(element, "candidateUsers"),
            DueDate = Camunda(element, "dueDate"),
            FollowUpDate = Camunda(element, "followUpDate"),
            Priority = Camunda(element, "priority"),
            FormKey = Camunda(element, "formKey"),
            FormFields = formData.Take(1).SelectMany(f => FormFieldReader.ReadAll(f, context)).ToArray(),
            Properties = PropertiesReader.Read(element, context),
        };
        return ZeebeUserTaskReader.Apply(task, element, context);
    }

    private static string? Camunda(XElement element, string name) =>
        MultiInstanceReader.NullIfBlank((string?)element.Attribute(BpmnNamespaces.Camunda + name));
}
