using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// Conditional events: an intermediate catch waits for its condition, boundary events and event subprocess starts fire
/// when a variable change makes it true (non-interrupting ones once per change from false to true).
/// </summary>
public sealed partial class ConditionalEventScenarioTests
{
    private static string Condition(string id, string condition, string attributes = "") => $"""
            <bpmn:conditionalEventDefinition id="Cond_{id}"{attributes}><bpmn:condition xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:condition></bpmn:conditionalEventDefinition>
        """;

    private static string Task(string id, string incoming, string outgoing) => $"""
            <bpmn:userTask id="{id}" name="{id}"><bpmn:incoming>{incoming}</bpmn:incoming><bpmn:outgoing>{outgoing}</bpmn:outgoing></bpmn:userTask>
        """;

    /// <summary>Start, wait for the condition, then a task "Handlägg".</summary>
    private static string Waiting(string condition, string attributes = "") => ModelerFile.Camunda7("vanta", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Event_Villkor" />
            <bpmn:intermediateCatchEvent id="Event_Villkor" name="Underlag komplett"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>{Condition("Villkor", condition, attributes)}</bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Event_Villkor" targetRef="Activity_Handlagg" />
            {Task("Activity_Handlagg", "Flow_2", "Flow_3")}
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Handlagg" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
        """);

    /// <summary>A task "Utred" with a conditional boundary event leading to "Extra".</summary>
    private static string Boundary(string condition, bool interrupting) => ModelerFile.Camunda7("grans", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Utred" />
            {Task("Activity_Utred", "Flow_1", "Flow_2")}
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Utred" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_Grans" name="Villkor" cancelActivity="{(interrupting ? "true" : "false")}" attachedToRef="Activity_Utred"><bpmn:outgoing>Flow_3</bpmn:outgoing>{Condition("Grans", condition)}</bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Event_Grans" targetRef="Activity_Extra" />
            {Task("Activity_Extra", "Flow_3", "Flow_4")}
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Extra" targetRef="Event_ExtraSlut" />
            <bpmn:endEvent id="Event_ExtraSlut"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
        """);

    /// <summary>Two parallel tasks, and an event subprocess with a conditional start leading to "Reagera".</summary>
    private static string EventSubProcess(string condition, bool interrupting) => ModelerFile.Camunda7("delprocess", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Dela" />
            <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_A</bpmn:outgoing><bpmn:outgoing>Flow_B</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_Dela" targetRef="Activity_A" />
            <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_Dela" targetRef="Activity_B" />
            {Task("Activity_A", "Flow_A", "Flow_A2")}
            {Task("Activity_B", "Flow_B", "Flow_B2")}
            <bpmn:sequenceFlow id="Flow_A2" sourceRef="Activity_A" targetRef="Event_SlutA" />
            <bpmn:sequenceFlow id="Flow_B2" sourceRef="Activity_B" targetRef="Event_SlutB" />
            <bpmn:endEvent id="Event_SlutA"><bpmn:incoming>Flow_A2</bpmn:incoming></bpmn:endEvent>
            <bpmn:endEvent id="Event_SlutB"><bpmn:incoming>Flow_B2</bpmn:incoming></bpmn:endEvent>
            <bpmn:subProcess id="Activity_Handelse" triggeredByEvent="true">
              <bpmn:startEvent id="Event_VillkorStart" isInterrupting="{(interrupting ? "true" : "false")}"><bpmn:outgoing>Flow_E1</bpmn:outgoing>{Condition("Start", condition)}</bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_E1" sourceRef="Event_VillkorStart" targetRef="Activity_Reagera" />
              {Task("Activity_Reagera", "Flow_E1", "Flow_E2")}
              <bpmn:sequenceFlow id="Flow_E2" sourceRef="Activity_Reagera" targetRef="Event_HandelseSlut" />
              <bpmn:endEvent id="Event_HandelseSlut"><bpmn:incoming>Flow_E2</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
        """);

    private static async Task<string[]> TaskIdsAsync(EngineFixture f, Guid instanceId) =>
        (await f.OpenTasksAsync(instanceId)).Select(t => t.ElementId).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task IntermediateCatch_ConditionFalse_WaitsUntilVariableUpdateMakesItTrue()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${komplett}"));
        var instance = await f.Engine.StartAsync("vanta", variables: V(("komplett", false)));
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        Assert.Contains("Event_Villkor", (await f.InstanceAsync(instance.Id)).ActiveElementIds);

        await f.Engine.SetVariablesAsync(instance.Id, V(("komplett", true)));

        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task IntermediateCatch_ConditionTrueOnArrival_PassesAtOnce()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${komplett}"));

        var instance = await f.Engine.StartAsync("vanta", variables: V(("komplett", true)));

        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task IntermediateCatch_VariableNotYetSet_WaitsForIt()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${belopp > 1000}"));
        var instance = await f.Engine.StartAsync("vanta");
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        Assert.Empty((await f.InstanceAsync(instance.Id)).Incidents);

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 500)));
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 5000)));

        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task IntermediateCatch_VariableName_OnlyChangesOfThatVariableLookAgain()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${belopp > 1000}", """ camunda:variableName="status" camunda:variableEvents="create, update" """));
        var instance = await f.Engine.StartAsync("vanta", variables: V(("belopp", 0)));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 5000)));
        Assert.Empty(await f.OpenTasksAsync(instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("status", "granskad")));
        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task IntermediateCatch_VariableEventsCreateOnly_AnUpdateDoesNotLookAgain()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${belopp > 1000}", """ camunda:variableEvents="create" """));
        var instance = await f.Engine.StartAsync("vanta", variables: V(("belopp", 0)));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 5000)));
        Assert.Empty(await f.OpenTasksAsync(instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("nytt", 1)));
        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task InterruptingBoundary_VariableUpdateMakesConditionTrue_CancelsTaskAndTakesBoundaryPath()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("grans", Boundary("${avbruten}", interrupting: true));
        var instance = await f.Engine.StartAsync("grans", variables: V(("avbruten", false)));
        Assert.Equal(["Activity_Utred"], await TaskIdsAsync(f, instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("avbruten", true)));

        Assert.Equal(["Activity_Extra"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task InterruptingBoundary_ConditionTrueWhenActivityStarts_FiresAtOnce()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("grans", Boundary("${avbruten}", interrupting: true));

        var instance = await f.Engine.StartAsync("grans", variables: V(("avbruten", true)));

        Assert.Equal(["Activity_Extra"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task NonInterruptingBoundary_FiresOncePerChangeFromFalseToTrue()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("grans", Boundary("${belopp > 1000}", interrupting: false));
        var instance = await f.Engine.StartAsync("grans", variables: V(("belopp", 100)));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 2000)));
        Assert.Equal(["Activity_Extra", "Activity_Utred"], await TaskIdsAsync(f, instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 3000)));
        Assert.Equal(["Activity_Extra", "Activity_Utred"], await TaskIdsAsync(f, instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 500)));
        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 4000)));
        Assert.Equal(["Activity_Extra", "Activity_Extra", "Activity_Utred"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task InterruptingEventSubProcess_TaskCompletionSetsVariable_EndsOtherTokensAndRunsSubProcess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("delprocess", EventSubProcess("${status == \"återkallad\"}", interrupting: true));
        var instance = await f.Engine.StartAsync("delprocess", variables: V(("status", "öppen")));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_A")).Id, V(("status", "återkallad")));

        Assert.Equal(["Activity_Reagera"], await TaskIdsAsync(f, instance.Id));
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Reagera")).Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task NonInterruptingEventSubProcess_MessageWithVariables_RunsBesideTheOtherTokensOnce()
    {
        var f = new EngineFixture();
        var xml = EventSubProcess("${prioritet == \"hög\"}", interrupting: false)
            .Replace("""<bpmn:userTask id="Activity_B" name="Activity_B">""", """<bpmn:receiveTask id="Activity_B" name="Activity_B" messageRef="Message_Komplettering">""", StringComparison.Ordinal)
            .Replace("""<bpmn:outgoing>Flow_B2</bpmn:outgoing></bpmn:userTask>""", """<bpmn:outgoing>Flow_B2</bpmn:outgoing></bpmn:receiveTask>""", StringComparison.Ordinal)
            .Replace("</bpmn:definitions>", """<bpmn:message id="Message_Komplettering" name="komplettering" /></bpmn:definitions>""", StringComparison.Ordinal);
        await f.DeployXmlAsync("delprocess", xml);
        var instance = await f.Engine.StartAsync("delprocess", businessKey: "A-1", variables: V(("prioritet", "normal")));

        await f.Engine.CorrelateMessageAsync("komplettering", "A-1", variables: V(("prioritet", "hög")));
        await f.Engine.SetVariablesAsync(instance.Id, V(("prioritet", "hög")));

        Assert.Equal(["Activity_A", "Activity_Reagera"], await TaskIdsAsync(f, instance.Id));
    }

    /// <summary>An event-based gateway racing a conditional catch against a message: whichever comes first decides.</summary>
    private static string Race() => ModelerFile.Camunda7("kapplopning", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Vanta" />
            <bpmn:eventBasedGateway id="Gateway_Vanta"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:eventBasedGateway>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Vanta" targetRef="Event_Villkor" />
            <bpmn:intermediateCatchEvent id="Event_Villkor"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>{Condition("Race", "${komplett}")}</bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Event_Villkor" targetRef="Activity_Handlagg" />
            {Task("Activity_Handlagg", "Flow_4", "Flow_5")}
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Activity_Handlagg" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_5</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Gateway_Vanta" targetRef="Event_Aterkallad" />
            <bpmn:intermediateCatchEvent id="Event_Aterkallad"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_6</bpmn:outgoing><bpmn:messageEventDefinition id="MsgDef_1" messageRef="Message_Aterkallad" /></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="Flow_6" sourceRef="Event_Aterkallad" targetRef="Event_AterkalladSlut" />
            <bpmn:endEvent id="Event_AterkalladSlut"><bpmn:incoming>Flow_6</bpmn:incoming></bpmn:endEvent>
        """, """<bpmn:message id="Message_Aterkallad" name="aterkallad" />""");

    [Fact]
    public async Task EventBasedGateway_ConditionBecomesTrueFirst_TakesThatBranchAndDropsTheMessageSubscription()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("kapplopning", Race());
        var instance = await f.Engine.StartAsync("kapplopning", businessKey: "K-1", variables: V(("komplett", false)));
        Assert.Empty(await f.OpenTasksAsync(instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("komplett", true)));

        Assert.Equal(["Activity_Handlagg"], await TaskIdsAsync(f, instance.Id));
        await Assert.ThrowsAsync<Samverkan.Workflows.Execution.EngineException>(() => f.Engine.CorrelateMessageAsync("aterkallad", "K-1"));
    }

    [Fact]
    public async Task EventBasedGateway_MessageFirst_ConditionNoLongerFires()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("kapplopning", Race());
        var instance = await f.Engine.StartAsync("kapplopning", businessKey: "K-1", variables: V(("komplett", false)));

        await f.Engine.CorrelateMessageAsync("aterkallad", "K-1");

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
    }

    [Fact]
    public async Task Deploy_ConditionalStartOfProcess_RefusedWithWhatToDoInstead()
    {
        var xml = ModelerFile.Camunda7("start", $"""
            <bpmn:startEvent id="StartEvent_Villkor"><bpmn:outgoing>Flow_1</bpmn:outgoing>{Condition("S", "${klar}")}</bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Villkor" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:endEvent>
            """);
        var result = await new EngineFixture().Engine.DeployAsync(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("conditional-start-not-supported", error.Code);
        Assert.Equal("StartEvent_Villkor", error.ElementId);
        Assert.Contains("event subprocess", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "conditional-event-without-condition")]
    [InlineData("${klar}", " camunda:variableEvents=\"change\" ", "unknown-variable-event")]
    [InlineData("${klar >}", "", "invalid-expression")]
    public async Task Deploy_BadConditionOrVariableEvents_RefusedNamingTheEvent(string condition, string attributes, string code)
    {
        var result = await new EngineFixture().Engine.DeployAsync(Waiting(condition, attributes));

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("Event_Villkor", error.ElementId);
    }
}
