using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 8 call activities (variable propagation) and business rule tasks (zeebe:calledDecision).</summary>
public sealed class ZeebeCallActivityScenarioTests
{
    private static readonly string Child = ModelerFile.Camunda8("child", """
        <bpmn:startEvent id="ChildStart" />
        <bpmn:userTask id="ChildWork" />
        <bpmn:endEvent id="ChildEnd" />
        <bpmn:sequenceFlow id="c1" sourceRef="ChildStart" targetRef="ChildWork" />
        <bpmn:sequenceFlow id="c2" sourceRef="ChildWork" targetRef="ChildEnd" />
        """);

    private static string Parent(string calledElement, string ioMapping = "") => ModelerFile.Camunda8("parent", $"""
        <bpmn:startEvent id="StartEvent_1" />
        <bpmn:callActivity id="CallChild">
          <bpmn:extensionElements>{calledElement}{ioMapping}</bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:userTask id="After" />
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="CallChild" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="CallChild" targetRef="After" />
        """);

    private static async Task<(EngineFixture F, Guid Parent, Guid Child)> StartAsync(string parentXml)
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("child", Child);
        await f.DeployXmlAsync("parent", parentXml);
        var parent = await f.Engine.StartAsync("parent", variables: V(("caseId", "c-1"), ("secret", "s")));
        var child = (await f.Engine.QueryInstancesAsync(new InstanceQuery { PageSize = 10 })).Items.Single(i => i.ParentInstanceId == parent.Id);
        return (f, parent.Id, child.Id);
    }

    [Fact]
    public async Task CallActivity_Defaults_AllParentVariablesInAllChildVariablesOut()
    {
        var (f, parent, child) = await StartAsync(Parent("""<zeebe:calledElement processId="child" />"""));
        var childVariables = (await f.InstanceAsync(child)).Variables;

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(child, "ChildWork")).Id, V(("result", "ok"), ("noise", 1L)));

        var after = await f.InstanceAsync(parent);
        Assert.Equal(("c-1", "s"), (childVariables["caseId"], childVariables["secret"]));
        Assert.Equal(["After"], after.ActiveElementIds);
        Assert.Equal(("ok", 1L), (after.Variables["result"], after.Variables["noise"]));
    }

    [Fact]
    public async Task CallActivity_NoPropagation_OnlyMappedVariablesCross()
    {
        var (f, parent, child) = await StartAsync(Parent(
            """<zeebe:calledElement processId="child" propagateAllChildVariables="false" propagateAllParentVariables="false" />""",
            """<zeebe:ioMapping><zeebe:input source="=caseId" target="id" /><zeebe:output source="=result" target="outcome" /></zeebe:ioMapping>"""));
        var childVariables = (await f.InstanceAsync(child)).Variables;

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(child, "ChildWork")).Id, V(("result", "ok"), ("noise", 1L)));

        var after = (await f.InstanceAsync(parent)).Variables;
        Assert.Equal(["id"], childVariables.Keys.Order());
        Assert.Equal("c-1", childVariables["id"]);
        Assert.Equal("ok", after["outcome"]);
        Assert.DoesNotContain("noise", after.Keys);
        Assert.DoesNotContain("result", after.Keys);
    }

    [Fact]
    public async Task CallActivity_OutputMappingsWithDefaultPropagation_OnlyMappedVariablesComeOut()
    {
        var (f, parent, child) = await StartAsync(Parent(
            """<zeebe:calledElement processId="child" />""",
            """<zeebe:ioMapping><zeebe:output source="=result" target="outcome" /></zeebe:ioMapping>"""));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(child, "ChildWork")).Id, V(("result", "ok"), ("noise", 1L)));

        var after = (await f.InstanceAsync(parent)).Variables;
        Assert.Equal("ok", after["outcome"]);
        Assert.DoesNotContain("noise", after.Keys);
    }

    [Fact]
    public async Task BusinessRuleTask_CalledDecision_ResultInResultVariable()
    {
        var f = new EngineFixture(rules: new FakeRules());
        await f.DeployXmlAsync("rules", ModelerFile.Camunda8("rules", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:businessRuleTask id="Decide">
              <bpmn:extensionElements><zeebe:calledDecision decisionId="Eligibility" resultVariable="eligibility" /></bpmn:extensionElements>
            </bpmn:businessRuleTask>
            <bpmn:userTask id="Next"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="=eligibility.group" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Decide" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Decide" targetRef="Next" />
            """));

        var instance = await f.Engine.StartAsync("rules", variables: V(("age", 30L)));

        Assert.Equal(["kommun"], (await f.SingleTaskAsync(instance.Id, "Next")).CandidateGroupList);
        Assert.Contains(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.DecisionEvaluated && h.Detail == "Eligibility v3");
    }

    private sealed class FakeRules : IBusinessRuleEvaluator
    {
        public Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct) =>
            decisionRef == "Eligibility"
                ? Task.FromResult(new BusinessRuleResult(V(("passed", (long)variables["age"]! >= 18), ("group", "kommun")), "Eligibility v3"))
                : throw new InvalidOperationException($"Unknown rule set '{decisionRef}'.");
    }
}
