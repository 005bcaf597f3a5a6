using System.Security;

namespace Samverkan.Host.Components.Designer;

/// <summary>The templates offered on "Ny process"; each makes a complete, valid, executable process with a diagram.</summary>
public static class ProcessTemplates
{
    public static readonly ProcessTemplate Empty = new("tom", "Tom process",
        "En starthändelse och en sluthändelse, förbundna med ett flöde.", CreateEmpty);

    public static readonly ProcessTemplate TaskWithReminder = new("uppgift-med-paminnelse", "Uppgift med påminnelse",
        "En användaruppgift för en kandidatgrupp med förfallodatum, och en icke-avbrytande timer som skickar en påminnelse när uppgiften har legat en dag.",
        CreateTaskWithReminder);

    public static IReadOnlyList<ProcessTemplate> All { get; } = [Empty, TaskWithReminder];

    public static ProcessTemplate? Find(string? id) => All.FirstOrDefault(t => t.Id == id);

    private static string CreateEmpty(string key, string name) => Document(key, name, """
            <bpmn:startEvent id="start" name="Start">
              <bpmn:outgoing>flow_start_end</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:endEvent id="end" name="Klart">
              <bpmn:incoming>flow_start_end</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="flow_start_end" sourceRef="start" targetRef="end" />
        """, """
              <bpmndi:BPMNShape id="start_di" bpmnElement="start">
                <dc:Bounds x="182" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end">
                <dc:Bounds x="332" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="flow_start_end_di" bpmnElement="flow_start_end">
                <di:waypoint x="218" y="120" />
                <di:waypoint x="332" y="120" />
              </bpmndi:BPMNEdge>
        """);

    private static string CreateTaskWithReminder(string key, string name) => Document(key, name, """
            <bpmn:startEvent id="start" name="Start">
              <bpmn:outgoing>flow_start_task</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:userTask id="handleTask" name="Handlägg ärendet" camunda:candidateGroups="handlaggare" camunda:dueDate="${Dates.AddDays(now, 5)}">
              <bpmn:incoming>flow_start_task</bpmn:incoming>
              <bpmn:outgoing>flow_task_end</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:boundaryEvent id="reminderTimer" name="En dag" cancelActivity="false" attachedToRef="handleTask">
              <bpmn:outgoing>flow_timer_reminder</bpmn:outgoing>
              <bpmn:timerEventDefinition id="reminderTimer_definition">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="end" name="Klart">
              <bpmn:incoming>flow_task_end</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:serviceTask id="remind" name="Påminn gruppen" camunda:delegateExpression="${notify}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="notifyKind">${"Reminder"}</camunda:inputParameter>
                  <camunda:inputParameter name="notifyTo">${"group:handlaggare"}</camunda:inputParameter>
                  <camunda:inputParameter name="notifyTitle">${"Påminnelse: handlägg ärendet"}</camunda:inputParameter>
                  <camunda:inputParameter name="notifyText">${"Uppgiften Handlägg ärendet har väntat en dag."}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
              <bpmn:incoming>flow_timer_reminder</bpmn:incoming>
              <bpmn:outgoing>flow_reminder_end</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="reminded" name="Påmind">
              <bpmn:incoming>flow_reminder_end</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="flow_start_task" sourceRef="start" targetRef="handleTask" />
            <bpmn:sequenceFlow id="flow_task_end" sourceRef="handleTask" targetRef="end" />
            <bpmn:sequenceFlow id="flow_timer_reminder" sourceRef="reminderTimer" targetRef="remind" />
            <bpmn:sequenceFlow id="flow_reminder_end" sourceRef="remind" targetRef="reminded" />
        """, """
              <bpmndi:BPMNShape id="start_di" bpmnElement="start">
                <dc:Bounds x="182" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="handleTask_di" bpmnElement="handleTask">
                <dc:Bounds x="280" y="80" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end">
                <dc:Bounds x="532" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="remind_di" bpmnElement="remind">
                <dc:Bounds x="380" y="200" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded">
                <dc:Bounds x="532" y="222" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="reminderTimer_di" bpmnElement="reminderTimer">
                <dc:Bounds x="312" y="142" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="flow_start_task_di" bpmnElement="flow_start_task">
                <di:waypoint x="218" y="120" />
                <di:waypoint x="280" y="120" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="flow_task_end_di" bpmnElement="flow_task_end">
                <di:waypoint x="380" y="120" />
                <di:waypoint x="532" y="120" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="flow_timer_reminder_di" bpmnElement="flow_timer_reminder">
                <di:waypoint x="330" y="178" />
                <di:waypoint x="330" y="240" />
                <di:waypoint x="380" y="240" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="flow_reminder_end_di" bpmnElement="flow_reminder_end">
                <di:waypoint x="480" y="240" />
                <di:waypoint x="532" y="240" />
              </bpmndi:BPMNEdge>
        """);

    private static string Document(string key, string name, string elements, string shapes)
    {
        var id = SecurityElement.Escape(key);
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="{id}_definitions" targetNamespace="http://samverkan.se/bpmn">
              <bpmn:process id="{id}" name="{SecurityElement.Escape(name.Trim())}" isExecutable="true">
            {elements}
              </bpmn:process>
              <bpmndi:BPMNDiagram id="{id}_diagram">
                <bpmndi:BPMNPlane id="{id}_plane" bpmnElement="{id}">
            {shapes}
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}
