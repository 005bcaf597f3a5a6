using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Event subprocesses with an error start event catch errors thrown anywhere in their scope.</summary>
public sealed class ErrorEventSubprocessScenarioTests
{
    private const string Declarations = """<bpmn:error id="Error_Avslag" name="Avslag" errorCode="AVSLAG" />""";

    /// <summary>An application: review, then carry out (a service task) or reject with an error end event.</summary>
    private static string Application(string serviceTask, bool withCatchAll = true) => Modeler("ansokan", $$"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Granska" />
            <bpmn:userTask id="Activity_Granska" name="Granska ansökan"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Granska" targetRef="Gateway_Beslut" />
            <bpmn:exclusiveGateway id="Gateway_Beslut" default="Flow_Bifall"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_Bifall</bpmn:outgoing><bpmn:outgoing>Flow_Avslag</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="Flow_Bifall" sourceRef="Gateway_Beslut" targetRef="Activity_Verkstall" />
            <bpmn:sequenceFlow id="Flow_Avslag" sourceRef="Gateway_Beslut" targetRef="Event_Avslag">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!approved}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="Event_Avslag"><bpmn:incoming>Flow_Avslag</bpmn:incoming><bpmn:errorEventDefinition id="ErrorEventDefinition_0a1" errorRef="Error_Avslag" /></bpmn:endEvent>
            {{serviceTask}}
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Verkstall" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
            <bpmn:subProcess id="Activity_Avslagshantering" triggeredByEvent="true">
              <bpmn:startEvent id="Event_Avslagen"><bpmn:outgoing>Flow_4</bpmn:outgoing><bpmn:errorEventDefinition id="ErrorEventDefinition_0b2" errorRef="Error_Avslag" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_4" sourceRef="Event_Avslagen" targetRef="Activity_Meddela" />
              <bpmn:userTask id="Activity_Meddela" name="Meddela sökanden"><bpmn:incoming>Flow_4</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_5" sourceRef="Activity_Meddela" targetRef="Event_Meddelad" />
              <bpmn:endEvent id="Event_Meddelad"><bpmn:incoming>Flow_5</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
            {{(withCatchAll ? CatchAll : "")}}
        """, Declarations);

    private const string CatchAll = """
            <bpmn:subProcess id="Activity_Felhantering" triggeredByEvent="true">
              <bpmn:startEvent id="Event_Fel"><bpmn:outgoing>Flow_6</bpmn:outgoing><bpmn:errorEventDefinition id="ErrorEventDefinition_0c3" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_6" sourceRef="Event_Fel" targetRef="Activity_Utred" />
              <bpmn:userTask id="Activity_Utred" name="Utred felet"><bpmn:incoming>Flow_6</bpmn:incoming><bpmn:outgoing>Flow_7</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_7" sourceRef="Activity_Utred" targetRef="Event_Utrett" />
              <bpmn:endEvent id="Event_Utrett"><bpmn:incoming>Flow_7</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
        """;

    private const string ExternalTask = """
            <bpmn:serviceTask id="Activity_Verkstall" name="Verkställ" camunda:type="external" camunda:topic="verkstall"><bpmn:incoming>Flow_Bifall</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:serviceTask>
        """;

    private const string HandlerTask = """
            <bpmn:serviceTask id="Activity_Verkstall" name="Verkställ" camunda:delegateExpression="${verkstall}"><bpmn:incoming>Flow_Bifall</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:serviceTask>
        """;

    private sealed class FailingHandler(string code) : IServiceTaskHandler
    {
        public string Name => "verkstall";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) =>
            throw new BpmnErrorException(code, "Beslutet kan inte verkställas.");
    }

    private static async Task<InstanceView> StartAndReviewAsync(EngineFixture f, bool approved)
    {
        var instance = await f.Engine.StartAsync("ansokan");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Granska")).Id, V(("approved", approved)));
        return instance;
    }

    [Fact]
    public async Task ErrorEndEvent_WithCode_MatchingErrorStartRunsAndInstanceCompletesAfterIt()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("ansokan", Application(ExternalTask));

        var instance = await StartAndReviewAsync(f, approved: false);

        var task = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("Activity_Meddela", task.ElementId);
        Assert.Equal(["Activity_Avslagshantering", "Activity_Meddela"], (await f.InstanceAsync(instance.Id)).ActiveElementIds.Order());
        await f.Engine.CompleteTaskAsync(task.Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Contains(history, h => h.Type == HistoryTypes.ErrorThrown && h.ElementId == "Event_Avslag" && h.Detail == "AVSLAG");
        Assert.DoesNotContain(history, h => h.ElementId == "Activity_Felhantering");
    }

    [Theory]
    [InlineData("AVSLAG", "Activity_Meddela")]
    [InlineData("SYSTEMFEL", "Activity_Utred")]
    public async Task ExternalTaskError_CaughtByTheErrorStartWithItsCode_ElseByTheOneWithout(string code, string expectedTask)
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("ansokan", Application(ExternalTask));
        var instance = await StartAndReviewAsync(f, approved: true);
        var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["verkstall"], 1, TimeSpan.FromMinutes(5)));

        await f.Engine.ThrowExternalTaskErrorAsync(job.Id, "worker", code, "Registret svarar inte", V(("orsak", "register")));

        Assert.Equal(expectedTask, Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        var view = await f.InstanceAsync(instance.Id);
        Assert.DoesNotContain("Activity_Verkstall", view.ActiveElementIds);
        Assert.Equal("register", view.Variables["orsak"]);
        Assert.Empty(view.Incidents);
        Assert.Equal(JobStatus.Completed, (await f.Store.GetJobAsync(job.Id))!.Status);
    }

    [Fact]
    public async Task HandlerBpmnError_CaughtByErrorStartEventSubprocess()
    {
        var f = new EngineFixture(handlers: [new FailingHandler("AVSLAG")]);
        await f.DeployXmlAsync("ansokan", Application(HandlerTask));
        var instance = await StartAndReviewAsync(f, approved: true);

        await f.Engine.RunDueJobsAsync();

        Assert.Equal("Activity_Meddela", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Empty((await f.InstanceAsync(instance.Id)).Incidents);
    }

    [Fact]
    public async Task Error_NoErrorStartForItsCodeAndNoCatchAll_BecomesIncident()
    {
        var f = new EngineFixture(handlers: [new FailingHandler("SYSTEMFEL")]);
        await f.DeployXmlAsync("ansokan", Application(HandlerTask, withCatchAll: false));
        var instance = await StartAndReviewAsync(f, approved: true);

        await f.Engine.RunDueJobsAsync();

        var incident = Assert.Single((await f.InstanceAsync(instance.Id)).Incidents);
        Assert.Equal(IncidentTypes.UnhandledError, incident.Type);
        Assert.Equal("Activity_Verkstall", incident.ElementId);
    }

    /// <summary>An embedded subprocess whose error end has no boundary event; <paramref name="innerHandler"/> decides who catches it.</summary>
    private static string Nested(bool innerHandler) => Modeler("nested", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Utredning" />
            <bpmn:subProcess id="Activity_Utredning"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:startEvent id="Event_In"><bpmn:outgoing>Flow_In1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_In1" sourceRef="Event_In" targetRef="Gateway_Fork" />
              <bpmn:parallelGateway id="Gateway_Fork"><bpmn:incoming>Flow_In1</bpmn:incoming><bpmn:outgoing>Flow_In2</bpmn:outgoing><bpmn:outgoing>Flow_In3</bpmn:outgoing></bpmn:parallelGateway>
              <bpmn:sequenceFlow id="Flow_In2" sourceRef="Gateway_Fork" targetRef="Activity_Samtal" />
              <bpmn:userTask id="Activity_Samtal" name="Samtal"><bpmn:incoming>Flow_In2</bpmn:incoming><bpmn:outgoing>Flow_In4</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_In4" sourceRef="Activity_Samtal" targetRef="Event_InKlar" />
              <bpmn:endEvent id="Event_InKlar"><bpmn:incoming>Flow_In4</bpmn:incoming></bpmn:endEvent>
              <bpmn:sequenceFlow id="Flow_In3" sourceRef="Gateway_Fork" targetRef="Activity_Kontroll" />
              <bpmn:userTask id="Activity_Kontroll" name="Kontroll"><bpmn:incoming>Flow_In3</bpmn:incoming><bpmn:outgoing>Flow_In5</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_In5" sourceRef="Activity_Kontroll" targetRef="Event_Stopp" />
              <bpmn:endEvent id="Event_Stopp"><bpmn:incoming>Flow_In5</bpmn:incoming><bpmn:errorEventDefinition id="ErrorEventDefinition_1" errorRef="Error_Avslag" /></bpmn:endEvent>
              {(innerHandler ? Handler("Inner") : "")}
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Utredning" targetRef="Activity_Efter" />
            <bpmn:userTask id="Activity_Efter" name="Efter utredningen"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
            {Handler("Outer")}
        """, Declarations);

    private static string Handler(string scope) => $"""
            <bpmn:subProcess id="Activity_{scope}Fel" triggeredByEvent="true">
              <bpmn:startEvent id="Event_{scope}Start"><bpmn:outgoing>Flow_{scope}1</bpmn:outgoing><bpmn:errorEventDefinition id="ErrorEventDefinition_{scope}" errorRef="Error_Avslag" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_{scope}1" sourceRef="Event_{scope}Start" targetRef="Activity_{scope}Hantera" />
              <bpmn:userTask id="Activity_{scope}Hantera"><bpmn:incoming>Flow_{scope}1</bpmn:incoming><bpmn:outgoing>Flow_{scope}2</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_{scope}2" sourceRef="Activity_{scope}Hantera" targetRef="Event_{scope}Slut" />
              <bpmn:endEvent id="Event_{scope}Slut"><bpmn:incoming>Flow_{scope}2</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
        """;

    [Fact]
    public async Task ErrorInEmbeddedSubprocess_NoHandlerThere_ProcessLevelHandlerEndsTheSubprocessAndTheInstance()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("nested", Nested(innerHandler: false));
        var instance = await f.Engine.StartAsync("nested");
        var talk = await f.SingleTaskAsync(instance.Id, "Activity_Samtal");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Kontroll")).Id);

        Assert.Equal(UserTaskStatus.Cancelled, (await f.Engine.GetTaskAsync(talk.Id))!.Status);
        var handle = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("Activity_OuterHantera", handle.ElementId);
        await f.Engine.CompleteTaskAsync(handle.Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task ErrorInEmbeddedSubprocess_ItsOwnHandlerRuns_ThenTheSubprocessCompletesAndTheFlowGoesOn()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("nested", Nested(innerHandler: true));
        var instance = await f.Engine.StartAsync("nested");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Kontroll")).Id);
        var handle = Assert.Single(await f.OpenTasksAsync(instance.Id));
        await f.Engine.CompleteTaskAsync(handle.Id);

        Assert.Equal("Activity_InnerHantera", handle.ElementId);
        Assert.Equal("Activity_Efter", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(["Activity_Efter"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task ErrorEndInCalledProcess_CaughtByCallersErrorStartEventSubprocess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("kontroll", Modeler("kontroll", """
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Event_Stopp" />
                <bpmn:endEvent id="Event_Stopp"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:errorEventDefinition id="ErrorEventDefinition_1" errorRef="Error_Avslag" /></bpmn:endEvent>
            """, Declarations));
        await f.DeployXmlAsync("huvud", Modeler("huvud", $"""
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Kontroll" />
                <bpmn:callActivity id="Activity_Kontroll" calledElement="kontroll"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:callActivity>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Kontroll" targetRef="Activity_Efter" />
                <bpmn:userTask id="Activity_Efter"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:userTask>
                {Handler("Outer")}
            """, Declarations));

        var instance = await f.Engine.StartAsync("huvud");

        Assert.Equal("Activity_OuterHantera", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        var child = Assert.Single((await f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = instance.Id })).Items);
        Assert.Equal(InstanceStatus.Cancelled, child.Status);
    }
}
