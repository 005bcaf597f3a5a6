using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 8 multi-instance: each iteration's output element lands at its index of the output collection.</summary>
public sealed class ZeebeMultiInstanceScenarioTests
{
    private static string Process(bool sequential) => ModelerFile.Camunda8("docs", $"""
        <bpmn:startEvent id="StartEvent_1" />
        <bpmn:serviceTask id="CheckDocument">
          <bpmn:extensionElements><zeebe:taskDefinition type="check-document" /></bpmn:extensionElements>
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}">
            <bpmn:extensionElements>
              <zeebe:loopCharacteristics inputCollection="=documents" inputElement="document" outputCollection="results" outputElement="=result" />
            </bpmn:extensionElements>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:serviceTask>
        <bpmn:userTask id="Summarise" />
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="CheckDocument" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="CheckDocument" targetRef="Summarise" />
        """);

    [Fact]
    public async Task Parallel_CompletedInAnyOrder_ResultsInLoopOrder()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("docs", Process(sequential: false));
        var instance = await f.Engine.StartAsync("docs", variables: V(("documents", new List<object?> { "a", "b", "c" })));
        var jobs = await f.Engine.FetchAndLockAsync("worker", ["check-document"], 10, TimeSpan.FromMinutes(1));

        foreach (var job in jobs.Reverse())
        {
            await f.Engine.CompleteExternalTaskAsync(job.Id, "worker", V(("result", $"ok-{job.Variables["document"]}")));
        }

        var after = await f.InstanceAsync(instance.Id);
        Assert.Equal(3, jobs.Count);
        Assert.Equal(["Summarise"], after.ActiveElementIds);
        Assert.Equal(new List<object?> { "ok-a", "ok-b", "ok-c" }, after.Variables["results"]);
        Assert.DoesNotContain("result", after.Variables.Keys);
    }

    [Fact]
    public async Task Sequential_EachIterationInTurn_ResultsCollected()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("docs", Process(sequential: true));
        var instance = await f.Engine.StartAsync("docs", variables: V(("documents", new List<object?> { 1L, 2L })));

        for (var i = 0; i < 2; i++)
        {
            var job = Assert.Single(await f.Engine.FetchAndLockAsync("worker", ["check-document"], 10, TimeSpan.FromMinutes(1)));
            await f.Engine.CompleteExternalTaskAsync(job.Id, "worker", V(("result", (long)job.Variables["document"]! * 10)));
        }

        var after = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Summarise"], after.ActiveElementIds);
        Assert.Equal(new List<object?> { 10L, 20L }, after.Variables["results"]);
    }

    [Fact]
    public async Task EmptyCollection_OutputCollectionIsEmptyList()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("docs", Process(sequential: false));

        var instance = await f.Engine.StartAsync("docs", variables: V(("documents", new List<object?>())));

        var after = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Active, after.Status);
        Assert.Equal(new List<object?>(), after.Variables["results"]);
    }
}
