using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.VersionMigration;

/// <summary>
/// A batch of 1,000 instances moved by Hangfire, some of which cannot move: those are listed with their reasons and the
/// rest move; the batch goes on past every failure.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MigrationBatchTests : IDisposable
{
    private const int Instances = 1000;

    private static string Process(string secondId) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="batch_review" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:userTask id="first"/>
            <bpmn:userTask id="{{secondId}}"/>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first"/>
            <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="{{secondId}}"/>
            <bpmn:sequenceFlow id="f3" sourceRef="{{secondId}}" targetRef="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly TestHost _host = TestHost.Create(new TestHostOptions { Scheduling = true });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ThousandInstances_TheOnesAtARemovedStepFailWithTheirReason_TheRestMove()
    {
        var api = new ApiClient(_host.CreateClient());
        await ExpectAsync(await api.DeployAsync(Process("second")), HttpStatusCode.Created);
        var engine = _host.Engine;
        var atSecond = new HashSet<Guid>();
        for (var i = 0; i < Instances; i++)
        {
            var instance = await engine.StartAsync("batch_review", $"b-{i}");
            if (i % 10 == 0)
            {
                var task = (await engine.QueryTasksAsync(new Workflows.Abstractions.TaskQuery { InstanceId = instance.Id })).Items.Single();
                await engine.CompleteTaskAsync(task.Id);
                atSecond.Add(instance.Id);
            }
        }
        await ExpectAsync(await api.DeployAsync(Process("secondRenamed")), HttpStatusCode.Created);

        var queued = await api.Http.PostAsJsonAsync("/api/definitions/batch_review/migrations", new { sourceVersion = 1, targetVersion = 2 });
        await ExpectAsync(queued, HttpStatusCode.Accepted);
        var id = queued.Headers.Location!.ToString();
        var batch = await Eventually.UntilAsync(() => api.GetAsync(id), b => b.GetProperty("status").GetString() == "Completed", TimeSpan.FromMinutes(3),
            b => $"the batch is {b.GetProperty("status").GetString()} at {b.GetProperty("processed").GetInt32()} of {Instances}");

        Assert.Equal((Instances, Instances - atSecond.Count, atSecond.Count),
            (batch.GetProperty("total").GetInt32(), batch.GetProperty("migrated").GetInt32(), batch.GetProperty("failed").GetInt32()));
        var failures = batch.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(atSecond.Order(), failures.Select(f => f.GetProperty("instanceId").GetGuid()).Order());
        Assert.All(failures, f => Assert.Equal([MigrationCodes.UnmappedElement], f.GetProperty("codes").EnumerateArray().Select(c => c.GetString())));
        var counts = await engine.CountActiveInstancesAsync("batch_review");
        Assert.Equal([(1, atSecond.Count), (2, Instances - atSecond.Count)], counts.Select(c => (c.DefinitionVersion, c.Active)).Order());
        var listed = await api.GetAsync("/api/definitions/batch_review/migrations");
        Assert.Equal(id, $"/api/migrations/{listed[0].GetProperty("id").GetString()}");
    }
}
