using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class ActivityScenarioTests
{
    private const string FormTask =
        """<bpmn:startEvent id="s"/><bpmn:userTask id="plan" name="Upprätta plan" camunda:assignee="${initiator}" camunda:candidateGroups="kommun, region" """ +
        """camunda:dueDate="${Dates.AddDays(now, 3)}" camunda:priority="70" camunda:formKey="sip-plan"><bpmn:extensionElements><camunda:formData>""" +
        """<camunda:formField id="insatser" label="Insatser" type="string"><camunda:validation><camunda:constraint name="required"/></camunda:validation></camunda:formField>""" +
        """<camunda:formField id="antal" label="Antal" type="long"><camunda:validation><camunda:constraint name="max" config="10"/></camunda:validation></camunda:formField>""" +
        """<camunda:formField id="ansvar" label="Ansvar" type="enum"><camunda:value id="kommun" name="Kommun"/><camunda:value id="region" name="Region"/></camunda:formField>""" +
        """</camunda:formData></bpmn:extensionElements></bpmn:userTask><bpmn:endEvent id="e"/>""" + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"plan\"/><bpmn:sequenceFlow id=\"f2\" sourceRef=\"plan\" targetRef=\"e\"/>";

    [Fact]
    public async Task UserTask_CamundaAttributes_AreEvaluatedIntoTheTask()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", FormTask);

        var instance = await f.Engine.StartAsync("p", variables: V(("initiator", "anna")));

        var task = await f.SingleTaskAsync(instance.Id, "plan");
        Assert.Equal("anna", task.Assignee);
        Assert.Equal(["kommun", "region"], task.CandidateGroupList);
        Assert.Equal(f.Clock.GetUtcNow().AddDays(3), task.DueAt);
        Assert.Equal(70, task.Priority);
        Assert.Equal("sip-plan", task.FormKey);
        var byGroup = await f.Engine.QueryTasksAsync(new TaskQuery { CandidateGroup = "region" });
        Assert.Single(byGroup.Items);
        var overdue = await f.Engine.QueryTasksAsync(new TaskQuery { DueBefore = f.Clock.GetUtcNow().AddDays(4) });
        Assert.Single(overdue.Items);
    }

    [Fact]
    public async Task CompleteTask_InvalidForm_IsRejectedWithFieldErrorsAndNothingChanges()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", FormTask);
        var instance = await f.Engine.StartAsync("p", variables: V(("initiator", "anna")));
        var task = await f.SingleTaskAsync(instance.Id, "plan");

        var error = await Assert.ThrowsAsync<FormValidationException>(() =>
            f.Engine.CompleteTaskAsync(task.Id, V(("antal", 11), ("ansvar", "polis"))));

        Assert.Equal(["ansvar", "antal", "insatser"], error.Errors.Select(e => e.Field).Order());
        Assert.Equal(UserTaskStatus.Open, (await f.Engine.GetTaskAsync(task.Id))!.Status);
        await f.Engine.CompleteTaskAsync(task.Id, V(("insatser", "boende"), ("antal", 2), ("ansvar", "kommun")));
        var done = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("boende", done.Variables["insatser"]);
    }

    [Fact]
    public async Task ClaimUnclaim_SecondUserCannotTakeClaimedTask()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:candidateUsers="anna,bo"/>""" + Flow("f", "s", "t"));
        var instance = await f.Engine.StartAsync("p");
        var task = await f.SingleTaskAsync(instance.Id, "t");

        await f.Engine.ClaimTaskAsync(task.Id, "anna");
        var conflict = await Assert.ThrowsAsync<EngineException>(() => f.Engine.ClaimTaskAsync(task.Id, "bo"));
        await f.Engine.UnclaimTaskAsync(task.Id);
        await f.Engine.ClaimTaskAsync(task.Id, "bo");

        Assert.Equal(EngineErrorKind.Conflict, conflict.Kind);
        Assert.Equal("bo", (await f.Engine.GetTaskAsync(task.Id))!.Assignee);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Equal(2, history.Count(h => h.Type == HistoryTypes.TaskClaimed));
    }

    private const string Child = """<bpmn:startEvent id="cs"/><bpmn:userTask id="ct"/><bpmn:endEvent id="ce"/>""" + "<bpmn:sequenceFlow id=\"c1\" sourceRef=\"cs\" targetRef=\"ct\"/><bpmn:sequenceFlow id=\"c2\" sourceRef=\"ct\" targetRef=\"ce\"/>";

    [Fact]
    public async Task CallActivity_PassesVariablesInAndOut_AndLatestOrFixedVersion()
    {
        var f = new EngineFixture();
        await f.DeployAsync("child", Child);
        await f.DeployAsync("child", Child + "<bpmn:task id=\"v2marker\"/>");
        await f.DeployAsync("parent",
            """<bpmn:startEvent id="s"/><bpmn:callActivity id="latest" calledElement="child"><bpmn:extensionElements><camunda:in source="x" target="y"/><camunda:out source="result" target="fromChild"/></bpmn:extensionElements></bpmn:callActivity>""" +
            """<bpmn:callActivity id="fixed" calledElement="child" camunda:calledElementBinding="version" camunda:calledElementVersion="1"><bpmn:extensionElements><camunda:in variables="all"/><camunda:in businessKey="#{execution.processBusinessKey}"/></bpmn:extensionElements></bpmn:callActivity><bpmn:endEvent id="e"/>""" +
            Flow("f1", "s", "latest") + Flow("f2", "latest", "fixed") + Flow("f3", "fixed", "e"));
        var parent = await f.Engine.StartAsync("parent", businessKey: "bk", variables: V(("x", 5)));

        var firstChild = (await f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = parent.Id })).Items.Single();
        Assert.Equal(2, firstChild.DefinitionVersion);
        Assert.Equal(5L, firstChild.Variables["y"]);
        Assert.False(firstChild.Variables.ContainsKey("x"));
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(firstChild.Id, "ct")).Id, V(("result", "ok")));

        var secondChild = (await f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = parent.Id, Status = InstanceStatus.Active })).Items.Single();
        Assert.Equal(1, secondChild.DefinitionVersion);
        Assert.Equal("bk", secondChild.BusinessKey);
        Assert.Equal("ok", (await f.InstanceAsync(parent.Id)).Variables["fromChild"]);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(secondChild.Id, "ct")).Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(parent.Id)).Status);
    }

    [Fact]
    public async Task CancelParent_CancelsCalledInstanceAndItsTasks()
    {
        var f = new EngineFixture();
        await f.DeployAsync("child", Child);
        await f.DeployAsync("parent", """<bpmn:startEvent id="s"/><bpmn:callActivity id="call" calledElement="child"/>""" + Flow("f1", "s", "call"));
        var parent = await f.Engine.StartAsync("parent");
        var child = (await f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = parent.Id })).Items.Single();

        await f.Engine.CancelAsync(parent.Id, "Ärendet avslutat");

        Assert.Equal(InstanceStatus.Cancelled, (await f.InstanceAsync(child.Id)).Status);
        Assert.Equal("Ärendet avslutat", (await f.InstanceAsync(parent.Id)).EndReason);
        Assert.Empty(await f.OpenTasksAsync(child.Id));
    }

    [Fact]
    public async Task MultiInstanceParallel_OneTaskPerParticipant_CompletionConditionStopsEarly()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="kallelse" camunda:assignee="${participant}">""" +
            """<bpmn:multiInstanceLoopCharacteristics camunda:collection="${participants}" camunda:elementVariable="participant">""" +
            """<bpmn:completionCondition>${nrOfCompletedInstances >= 2}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask><bpmn:userTask id="meeting"/>""" +
            Flow("f1", "s", "kallelse") + Flow("f2", "kallelse", "meeting"));
        var instance = await f.Engine.StartAsync("p", variables: V(("participants", new[] { "kommun", "region", "fk" })));

        var tasks = await f.OpenTasksAsync(instance.Id);
        Assert.Equal(["fk", "kommun", "region"], tasks.Select(t => t.Assignee!).Order());
        await f.Engine.CompleteTaskAsync(tasks[0].Id);
        await f.Engine.CompleteTaskAsync(tasks[1].Id);

        var open = await f.OpenTasksAsync(instance.Id);
        Assert.Equal("meeting", Assert.Single(open).ElementId);
        Assert.Equal(UserTaskStatus.Cancelled, (await f.Engine.GetTaskAsync(tasks[2].Id))!.Status);
    }

    [Fact]
    public async Task MultiInstanceSequentialSubprocess_RunsOneAfterAnother()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:subProcess id="sub"><bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="items" camunda:elementVariable="item"/>""" +
            """<bpmn:startEvent id="ss"/><bpmn:userTask id="t" camunda:assignee="${item}"/><bpmn:endEvent id="se"/>""" + Flow("s1", "ss", "t") + Flow("s2", "t", "se") +
            """</bpmn:subProcess><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "sub") + Flow("f2", "sub", "e"));
        var instance = await f.Engine.StartAsync("p", variables: V(("items", new[] { "a", "b" })));

        var first = Assert.Single(await f.OpenTasksAsync(instance.Id));
        await f.Engine.CompleteTaskAsync(first.Id);
        var second = Assert.Single(await f.OpenTasksAsync(instance.Id));
        await f.Engine.CompleteTaskAsync(second.Id);

        Assert.Equal(("a", "b"), (first.Assignee, second.Assignee));
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task ExternalTask_FetchLockComplete_AndFailureBecomesIncidentThenRetry()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:sendTask id="send" camunda:type="external" camunda:topic="kallelse"/><bpmn:userTask id="next"/>""" + Flow("f1", "s", "send") + Flow("f2", "send", "next"));
        var instance = await f.Engine.StartAsync("p", variables: V(("to", "region")));

        var locked = Assert.Single(await f.Engine.FetchAndLockAsync("w1", ["kallelse"], 5, TimeSpan.FromMinutes(5)));
        Assert.Empty(await f.Engine.FetchAndLockAsync("w2", ["kallelse"], 5, TimeSpan.FromMinutes(5)));
        Assert.Equal("region", locked.Variables["to"]);
        await f.Engine.FailExternalTaskAsync(locked.Id, "w1", "SMTP down", 0, TimeSpan.Zero);

        var incident = Assert.Single((await f.InstanceAsync(instance.Id)).Incidents);
        Assert.Equal(IncidentTypes.JobFailed, incident.Type);
        await f.Engine.RetryIncidentAsync(incident.Id);
        var again = Assert.Single(await f.Engine.FetchAndLockAsync("w1", ["kallelse"], 5, TimeSpan.FromMinutes(5)));
        await f.Engine.CompleteExternalTaskAsync(again.Id, "w1", V(("sent", true)));

        Assert.Equal("next", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(true, (await f.InstanceAsync(instance.Id)).Variables["sent"]);
    }

    private sealed class FlakyHandler(int failures) : IServiceTaskHandler
    {
        public int Calls { get; private set; }
        public string Name => "notify";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Calls++;
            if (Calls <= failures)
            {
                throw new InvalidOperationException($"attempt {Calls} failed");
            }
            if (context.Variables.TryGetValue("reject", out var r) && r is true)
            {
                throw new BpmnErrorException("REJECTED");
            }
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(V(("notified", Calls)));
        }
    }

    private const string HandlerProcess = """<bpmn:startEvent id="s"/><bpmn:serviceTask id="svc" camunda:delegateExpression="${notify}"/><bpmn:boundaryEvent id="rej" attachedToRef="svc"><bpmn:errorEventDefinition errorRef="r"/></bpmn:boundaryEvent>""" +
        """<bpmn:userTask id="ok"/><bpmn:userTask id="rejected"/>""" + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"svc\"/><bpmn:sequenceFlow id=\"f2\" sourceRef=\"svc\" targetRef=\"ok\"/><bpmn:sequenceFlow id=\"f3\" sourceRef=\"rej\" targetRef=\"rejected\"/>";

    [Fact]
    public async Task HandlerJob_RetriesThenIncident_RetryAfterFixSucceeds()
    {
        var handler = new FlakyHandler(failures: 3);
        var f = new EngineFixture(handlers: [handler]);
        await f.DeployAsync("p", HandlerProcess, """<bpmn:error id="r" errorCode="REJECTED"/>""");
        var instance = await f.Engine.StartAsync("p");

        for (var i = 0; i < 3; i++)
        {
            await f.Engine.RunDueJobsAsync();
            f.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var incident = Assert.Single((await f.InstanceAsync(instance.Id)).Incidents);
        await f.Engine.RetryIncidentAsync(incident.Id);
        await f.Engine.RunDueJobsAsync();

        Assert.Equal(4, handler.Calls);
        Assert.Equal(IncidentTypes.JobFailed, incident.Type);
        Assert.Equal("ok", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(4L, (await f.InstanceAsync(instance.Id)).Variables["notified"]);
    }

    [Fact]
    public async Task HandlerJob_BpmnError_CaughtByErrorBoundary()
    {
        var f = new EngineFixture(handlers: [new FlakyHandler(failures: 0)]);
        await f.DeployAsync("p", HandlerProcess, """<bpmn:error id="r" errorCode="REJECTED"/>""");
        var instance = await f.Engine.StartAsync("p", variables: V(("reject", true)));

        await f.Engine.RunDueJobsAsync();

        Assert.Equal("rejected", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    private sealed class FakeRules : IBusinessRuleEvaluator
    {
        public Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct) =>
            decisionRef == "Eligibility"
                ? Task.FromResult(new BusinessRuleResult(V(("passed", (long)variables["age"]! >= 18), ("group", "kommun")), "Eligibility v3"))
                : throw new InvalidOperationException($"Unknown rule set '{decisionRef}'.");
    }

    [Theory]
    [InlineData(30L, "yes")]
    [InlineData(12L, "no")]
    public async Task BusinessRuleTask_StoresResult_GatewayReadsIt(long age, string expected)
    {
        var f = new EngineFixture(rules: new FakeRules());
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:businessRuleTask id="rule" camunda:decisionRef="Eligibility" camunda:resultVariable="eligibility"/><bpmn:exclusiveGateway id="gw" default="fno"/>""" +
            """<bpmn:userTask id="yes" camunda:candidateGroups="${eligibility.group}"/><bpmn:userTask id="no"/>""" +
            Flow("f1", "s", "rule") + Flow("f2", "rule", "gw") + Flow("fyes", "gw", "yes", "${eligibility.passed}") + Flow("fno", "gw", "no"));

        var instance = await f.Engine.StartAsync("p", variables: V(("age", age)));

        Assert.Equal(expected, Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Contains(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.DecisionEvaluated && h.Detail == "Eligibility v3");
    }

    [Fact]
    public async Task RuntimeExpressionFailure_BecomesIncident_NotAnException()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:assignee="${handlaggare}"/>""" + Flow("f", "s", "t"));

        var instance = await f.Engine.StartAsync("p");

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("t", incident.ElementId);
        Assert.Contains("handlaggare", incident.Message);
        await f.Engine.SetVariablesAsync(instance.Id, V(("handlaggare", "anna")));
        await f.Engine.RetryIncidentAsync(incident.Id);
        Assert.Equal("anna", (await f.SingleTaskAsync(instance.Id, "t")).Assignee);
    }
}
