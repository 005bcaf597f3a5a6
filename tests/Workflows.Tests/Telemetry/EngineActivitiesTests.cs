using System.Collections.Concurrent;
using System.Diagnostics;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Telemetry;
using Samverkan.Workflows.Tests.Execution;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Telemetry;

/// <summary>The engine's spans, caught by a listener that keeps only those under this test's own root span.</summary>
public sealed class EngineActivitiesTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private readonly Activity _root = new("test");

    public EngineActivitiesTests()
    {
        _root.SetIdFormat(ActivityIdFormat.W3C);
        _root.Start();
        var trace = _root.TraceId;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if (span.TraceId == trace)
                {
                    _spans.Enqueue(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task EngineOperations_Traced_OneSpanEachWithTheirTags()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" +
            """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" +
            """<bpmn:intermediateCatchEvent id="answer"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent><bpmn:endEvent id="e"/>""" +
            Flow("f1", "s", "t") + Flow("f2", "t", "wait") + Flow("f3", "wait", "answer") + Flow("f4", "answer", "e"),
            """<bpmn:message id="m" name="answer"/>""");

        var instance = await f.Engine.StartAsync("p", businessKey: "case-1");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "t")).Id);
        await f.AdvanceAsync(TimeSpan.FromHours(1));
        await f.Engine.CorrelateMessageAsync("answer", "case-1");
        await Assert.ThrowsAsync<EngineException>(() => f.Engine.CorrelateMessageAsync("nobody waits", "case-1"));

        var spans = _spans.ToArray();
        Assert.Equal(["StartInstance", "CompleteTask", "FireTimer", "CorrelateMessage", "CorrelateMessage"], spans.Select(s => s.OperationName));
        Assert.Equal(instance.Id.ToString(), spans[0].GetTagItem("samverkan.instance.id"));
        Assert.Equal("p", spans[1].GetTagItem(WorkflowsTelemetry.ProcessKeyTag));
        Assert.Equal(true, spans[2].GetTagItem("samverkan.timer.fired"));
        Assert.Equal((ActivityStatusCode.Error, "NotFound"), (spans[4].Status, spans[4].StatusDescription));
        Assert.DoesNotContain(spans.SelectMany(s => s.Tags), t => t.Value?.Contains("case-1") == true);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _root.Stop();
    }
}
