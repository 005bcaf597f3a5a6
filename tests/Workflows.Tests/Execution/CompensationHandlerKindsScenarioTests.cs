using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Compensation handlers that are not user tasks: a service task with a registered handler, and a subprocess.</summary>
public sealed class CompensationHandlerKindsScenarioTests
{
    private static readonly string Interpreter = ModelerFile.Camunda7("tolk", """
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_BokaTolk" />
            <bpmn:userTask id="Activity_BokaTolk" name="Boka tolk"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_BokaTolk" targetRef="Activity_BokaRum" />
            <bpmn:userTask id="Activity_BokaRum" name="Boka rum"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_BokaRum" targetRef="Event_Stall" />
            <bpmn:endEvent id="Event_Stall" name="Mötet ställs in"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:compensateEventDefinition id="CompensateEventDefinition_1" /></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_KompTolk" attachedToRef="Activity_BokaTolk"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="Event_KompRum" attachedToRef="Activity_BokaRum"><bpmn:compensateEventDefinition id="CompensateEventDefinition_3" /></bpmn:boundaryEvent>
            <bpmn:subProcess id="Activity_AvbokaTolk" name="Avboka tolk" isForCompensation="true">
              <bpmn:startEvent id="Event_AvbokaStart"><bpmn:outgoing>Flow_11</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_11" sourceRef="Event_AvbokaStart" targetRef="Activity_MeddelaTolk" />
              <bpmn:serviceTask id="Activity_MeddelaTolk" name="Meddela tolken" camunda:delegateExpression="${avboka}"><bpmn:incoming>Flow_11</bpmn:incoming><bpmn:outgoing>Flow_12</bpmn:outgoing></bpmn:serviceTask>
              <bpmn:sequenceFlow id="Flow_12" sourceRef="Activity_MeddelaTolk" targetRef="Event_AvbokaSlut" />
              <bpmn:endEvent id="Event_AvbokaSlut"><bpmn:incoming>Flow_12</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
            <bpmn:serviceTask id="Activity_AvbokaRum" name="Avboka rum" isForCompensation="true" camunda:delegateExpression="${avboka}" />
            <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompTolk" targetRef="Activity_AvbokaTolk" />
            <bpmn:association id="Association_2" associationDirection="One" sourceRef="Event_KompRum" targetRef="Activity_AvbokaRum" />
        """);

    private sealed class RecordingHandler : IServiceTaskHandler
    {
        public List<(string ElementId, object? Room)> Calls { get; } = [];

        public string Name => "avboka";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Calls.Add((context.ElementId, context.Variables.GetValueOrDefault("rum")));
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(null);
        }
    }

    [Fact]
    public async Task HandlerServiceTaskAndHandlerSubprocess_RunInReverseOrder_ThenTheInstanceCompletes()
    {
        var handler = new RecordingHandler();
        var f = new EngineFixture(handlers: [handler]);
        await f.DeployXmlAsync("tolk", Interpreter);
        var instance = await f.Engine.StartAsync("tolk");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaTolk")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaRum")).Id, V(("rum", "B12")));

        Assert.Equal(["Activity_AvbokaRum", "Event_Stall"], (await f.InstanceAsync(instance.Id)).ActiveElementIds.Order());
        await f.Engine.RunDueJobsAsync();
        await f.Engine.RunDueJobsAsync();

        Assert.Equal([("Activity_AvbokaRum", (object?)"B12"), ("Activity_MeddelaTolk", "B12")], handler.Calls);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }
}
