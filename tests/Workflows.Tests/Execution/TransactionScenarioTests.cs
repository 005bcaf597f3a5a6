using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A transaction subprocess (BPMN 10.3.x): a cancel end event inside it ends its other tokens, compensates what completed in
/// it in reverse order, and only then leaves by the cancel boundary event; a transaction that completes leaves normally.
/// </summary>
public sealed class TransactionScenarioTests
{
    /// <summary>
    /// Booking as a transaction: hotel (external task) then flight (user task) then payment (user task deciding <c>betalt</c>),
    /// beside an itinerary being prepared; unpaid cancels the transaction and the customer is told.
    /// </summary>
    private static readonly string Booking = ModelerFile.Camunda7("bokning", """
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Bokning" />
            <bpmn:transaction id="Activity_Bokning" name="Bokning">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:startEvent id="Event_TxStart"><bpmn:outgoing>Flow_11</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_11" sourceRef="Event_TxStart" targetRef="Gateway_Dela" />
              <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_11</bpmn:incoming><bpmn:outgoing>Flow_12</bpmn:outgoing><bpmn:outgoing>Flow_18</bpmn:outgoing></bpmn:parallelGateway>
              <bpmn:sequenceFlow id="Flow_12" sourceRef="Gateway_Dela" targetRef="Activity_BokaHotell" />
              <bpmn:serviceTask id="Activity_BokaHotell" name="Boka hotell" camunda:type="external" camunda:topic="boka-hotell"><bpmn:incoming>Flow_12</bpmn:incoming><bpmn:outgoing>Flow_13</bpmn:outgoing></bpmn:serviceTask>
              <bpmn:sequenceFlow id="Flow_13" sourceRef="Activity_BokaHotell" targetRef="Activity_BokaFlyg" />
              <bpmn:userTask id="Activity_BokaFlyg" name="Boka flyg"><bpmn:incoming>Flow_13</bpmn:incoming><bpmn:outgoing>Flow_14</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_14" sourceRef="Activity_BokaFlyg" targetRef="Activity_Betala" />
              <bpmn:userTask id="Activity_Betala" name="Ta betalt"><bpmn:incoming>Flow_14</bpmn:incoming><bpmn:outgoing>Flow_15</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_15" sourceRef="Activity_Betala" targetRef="Gateway_Betalt" />
              <bpmn:exclusiveGateway id="Gateway_Betalt" name="Betalt?" default="Flow_16"><bpmn:incoming>Flow_15</bpmn:incoming><bpmn:outgoing>Flow_16</bpmn:outgoing><bpmn:outgoing>Flow_17</bpmn:outgoing></bpmn:exclusiveGateway>
              <bpmn:sequenceFlow id="Flow_16" sourceRef="Gateway_Betalt" targetRef="Event_TxKlar" />
              <bpmn:sequenceFlow id="Flow_17" sourceRef="Gateway_Betalt" targetRef="Event_Avbryt">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!betalt}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:endEvent id="Event_TxKlar"><bpmn:incoming>Flow_16</bpmn:incoming></bpmn:endEvent>
              <bpmn:endEvent id="Event_Avbryt" name="Avbryt bokningen"><bpmn:incoming>Flow_17</bpmn:incoming><bpmn:cancelEventDefinition id="CancelEventDefinition_1" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="Flow_18" sourceRef="Gateway_Dela" targetRef="Activity_Resplan" />
              <bpmn:userTask id="Activity_Resplan" name="Förbered resplan"><bpmn:incoming>Flow_18</bpmn:incoming><bpmn:outgoing>Flow_19</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_19" sourceRef="Activity_Resplan" targetRef="Event_ResplanKlar" />
              <bpmn:endEvent id="Event_ResplanKlar"><bpmn:incoming>Flow_19</bpmn:incoming></bpmn:endEvent>
              <bpmn:boundaryEvent id="Event_KompHotell" attachedToRef="Activity_BokaHotell"><bpmn:compensateEventDefinition id="CompensateEventDefinition_1" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="Event_KompFlyg" attachedToRef="Activity_BokaFlyg"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="Event_KompResplan" attachedToRef="Activity_Resplan"><bpmn:compensateEventDefinition id="CompensateEventDefinition_3" /></bpmn:boundaryEvent>
              <bpmn:userTask id="Activity_AvbokaHotell" name="Avboka hotell" isForCompensation="true" />
              <bpmn:userTask id="Activity_AvbokaFlyg" name="Avboka flyg" isForCompensation="true" />
              <bpmn:userTask id="Activity_RivResplan" name="Riv resplan" isForCompensation="true" />
              <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompHotell" targetRef="Activity_AvbokaHotell" />
              <bpmn:association id="Association_2" associationDirection="One" sourceRef="Event_KompFlyg" targetRef="Activity_AvbokaFlyg" />
              <bpmn:association id="Association_3" associationDirection="One" sourceRef="Event_KompResplan" targetRef="Activity_RivResplan" />
            </bpmn:transaction>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Bokning" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar" name="Bokad"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_Avbruten" name="Avbruten" attachedToRef="Activity_Bokning"><bpmn:outgoing>Flow_3</bpmn:outgoing><bpmn:cancelEventDefinition id="CancelEventDefinition_2" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Event_Avbruten" targetRef="Activity_Meddela" />
            <bpmn:userTask id="Activity_Meddela" name="Meddela kunden"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Meddela" targetRef="Event_Avbokad" />
            <bpmn:endEvent id="Event_Avbokad" name="Avbokad"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
        """);

    private static async Task<Guid> BookUntilPaymentAsync(EngineFixture f)
    {
        await f.DeployXmlAsync("bokning", Booking);
        var instance = await f.Engine.StartAsync("bokning");
        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["boka-hotell"], 1, TimeSpan.FromMinutes(5)));
        await f.Engine.CompleteExternalTaskAsync(job.Id, "worker");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaFlyg")).Id);
        return instance.Id;
    }

    private static async Task CompleteAsync(EngineFixture f, Guid instanceId, string elementId) =>
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instanceId, elementId)).Id);

    [Fact]
    public async Task CancelEndEvent_CompensatesCompletedInReverse_EndsOpenWork_ThenTakesCancelBoundary()
    {
        var f = new EngineFixture();
        var instanceId = await BookUntilPaymentAsync(f);

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instanceId, "Activity_Betala")).Id, V(("betalt", false)));

        // The itinerary never completed: its task is gone and it is not compensated; the bookings are undone, flight first.
        Assert.Equal("Activity_AvbokaFlyg", Assert.Single(await f.OpenTasksAsync(instanceId)).ElementId);
        Assert.Equal(["Activity_AvbokaFlyg", "Activity_Bokning", "Event_Avbryt"], (await f.InstanceAsync(instanceId)).ActiveElementIds.Order());
        await CompleteAsync(f, instanceId, "Activity_AvbokaFlyg");
        Assert.Equal("Activity_AvbokaHotell", Assert.Single(await f.OpenTasksAsync(instanceId)).ElementId);
        await CompleteAsync(f, instanceId, "Activity_AvbokaHotell");

        Assert.Equal(["Activity_Meddela"], (await f.InstanceAsync(instanceId)).ActiveElementIds);
        await CompleteAsync(f, instanceId, "Activity_Meddela");
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instanceId)).Status);
        var history = await f.Engine.GetHistoryAsync(instanceId);
        Assert.Equal(["Activity_BokaFlyg", "Activity_BokaHotell"],
            history.Where(h => h.Type == HistoryTypes.CompensationStarted).Select(h => h.Detail));
        Assert.Contains(history, h => h.Type == HistoryTypes.TransactionCancelled && h.ElementId == "Activity_Bokning" && h.Detail == "Event_Avbryt");
        Assert.DoesNotContain(history, h => h.ElementId == "Event_Klar");
        Assert.Contains(history, h => h.Type == HistoryTypes.TaskCompleted && h.ElementId == "Activity_Meddela");
    }

    [Fact]
    public async Task CancelEndEvent_AfterEverythingInsideCompleted_CompensatesAllThreeInReverse()
    {
        var f = new EngineFixture();
        var instanceId = await BookUntilPaymentAsync(f);
        await CompleteAsync(f, instanceId, "Activity_Resplan");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instanceId, "Activity_Betala")).Id, V(("betalt", false)));
        foreach (var handler in new[] { "Activity_RivResplan", "Activity_AvbokaFlyg", "Activity_AvbokaHotell" })
        {
            await CompleteAsync(f, instanceId, handler);
        }

        Assert.Equal("Activity_Meddela", Assert.Single(await f.OpenTasksAsync(instanceId)).ElementId);
    }

    [Fact]
    public async Task Paid_TransactionCompletesNormally_NothingCompensated()
    {
        var f = new EngineFixture();
        var instanceId = await BookUntilPaymentAsync(f);
        await CompleteAsync(f, instanceId, "Activity_Resplan");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instanceId, "Activity_Betala")).Id, V(("betalt", true)));

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instanceId)).Status);
        var history = await f.Engine.GetHistoryAsync(instanceId);
        Assert.DoesNotContain(history, h => h.Type is HistoryTypes.CompensationStarted or HistoryTypes.TransactionCancelled);
    }
}
