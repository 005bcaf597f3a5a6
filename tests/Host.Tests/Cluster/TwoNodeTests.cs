using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Cluster;

/// <summary>
/// Two real nodes on one PostgreSQL and one Redis: timers fire once across them, nothing acknowledged is lost when a
/// node is killed under load, live notifications and tokens cross nodes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoNodeTests
{
    private static string Process(string id, string body) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-{id}" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="{id}" name="{id}" isExecutable="true">
            <bpmn:startEvent id="start" />
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → a timer at the instant in the variable <c>due</c> → end.</summary>
    private static readonly string Tick = Process("tick", """
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDate>${due}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    /// <summary>start → a task for handläggare → a one-second timer → end.</summary>
    private static readonly string Work = Process("work", """
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="do" />
        <bpmn:userTask id="do" name="Gör" camunda:candidateGroups="handlaggare" />
        <bpmn:sequenceFlow id="f2" sourceRef="do" targetRef="pause" />
        <bpmn:intermediateCatchEvent id="pause"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="pause" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    [ClusterFact]
    public async Task TenThousandTimers_DueWithinAMinute_FireExactlyOnceEachAcrossBothNodes()
    {
        const int count = 10_000;
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["tick.bpmn"] = Tick });
        using var a = await nodes.SignInAsync(0, DemoUsers.Handlaggare);
        using var b = await nodes.SignInAsync(1, DemoUsers.Handlaggare);
        // Due together, 90 s from now: the starts (both nodes, 16 clients) are done well before.
        var due = DateTimeOffset.UtcNow.AddSeconds(90).ToString("o", CultureInfo.InvariantCulture);

        var started = new ConcurrentBag<Guid>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            using var response = await (i % 2 == 0 ? a : b).PostAsJsonAsync("/api/definitions/tick/instances", new { variables = new { due } }, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
            started.Add(await IdAsync(response));
        });
        Assert.Equal(count, started.Distinct().Count());
        // One timer each (on a busy machine the first may already have fired).
        Assert.Equal(count, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "Timers" """));

        await Eventually.UntilAsync(
            () => nodes.ScalarAsync<long>("""SELECT count(*) FROM "Instances" WHERE "DefinitionKey" = 'tick' AND "Status" = 'Completed'"""),
            completed => completed == count, TimeSpan.FromMinutes(4), completed => $"{completed} of {count} completed");

        var fired = await nodes.RowsAsync("""SELECT "InstanceId", count(*) FROM "History" WHERE "Type" = 'TimerFired' GROUP BY "InstanceId" """);
        Assert.Equal(count, fired.Count);
        Assert.All(fired, row => Assert.Equal(1L, row[1]));
        Assert.Equal(0L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "Timers" WHERE "Status" = 'Pending'"""));
        // Both nodes took due timers from the table and fired them (their /health says how many).
        var firedByNode = new List<long>();
        for (var node = 0; node < 2; node++)
        {
            using var client = new HttpClient { BaseAddress = nodes[node].Address };
            using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
            var timers = health.RootElement.GetProperty("checks").GetProperty("timers");
            Assert.Equal("polled", timers.GetProperty("data").GetProperty("firing").GetString());
            firedByNode.Add(timers.GetProperty("data").GetProperty("firedByThisNode").GetInt64());
        }
        Assert.All(firedByNode, fired => Assert.True(fired > 0, $"fired per node: {string.Join(", ", firedByNode)}"));
        Assert.True(firedByNode.Sum() <= count, $"fired per node: {string.Join(", ", firedByNode)}");
    }

    [ClusterFact]
    public async Task StartsAndCompletions_WhileANodeIsKilledAgainAndAgain_NothingAcknowledgedIsLostAndNoTokenDoubled()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["work.bpmn"] = Work });
        var tokens = new[] { await nodes.TokenAsync(0, DemoUsers.Handlaggare), await nodes.TokenAsync(1, DemoUsers.Handlaggare) };
        var addresses = new[] { nodes[0].Address, nodes[1].Address };
        var acknowledgedStarts = new ConcurrentBag<Guid>();
        var acknowledgedCompletions = new ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();

        async Task ClientAsync(int client)
        {
            // A token of node a works on node b (one key ring), so a client may go to either.
            using var toA = TwoNodes.Authorized(addresses[0], tokens[0]);
            using var toB = TwoNodes.Authorized(addresses[1], tokens[1]);
            var http = new[] { toA, toB };
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var node = http[(client + round) % 2];
                try
                {
                    using var start = await node.PostAsJsonAsync("/api/definitions/work/instances", new { businessKey = $"c{client}-{round}" });
                    if (start.StatusCode != HttpStatusCode.Created)
                    {
                        continue;
                    }
                    var instanceId = await IdAsync(start);
                    acknowledgedStarts.Add(instanceId);
                    var taskId = await OpenTaskAsync(node, instanceId);
                    using var claim = await node.PostAsJsonAsync($"/api/tasks/{taskId}/claim", new { });
                    using var complete = await node.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { done = true } });
                    if (complete.IsSuccessStatusCode)
                    {
                        acknowledgedCompletions.Add(instanceId);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    // The node died under this request: not acknowledged, so nothing is promised; go on with the other.
                    await Task.Delay(100);
                }
            }
        }

        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(() => ClientAsync(c))).ToArray();
        for (var kill = 0; kill < 3; kill++)
        {
            await Task.Delay(TimeSpan.FromSeconds(6));
            await nodes.KillAsync(0);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await nodes.StartNodeAsync(0);
        }
        await Task.Delay(TimeSpan.FromSeconds(4));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.True(acknowledgedCompletions.Count > 50, $"only {acknowledgedCompletions.Count} completions went through:\n{nodes.Output(1)}");
        // Every acknowledged start is there.
        var instances = (await nodes.RowsAsync("""SELECT "Id", "Status" FROM "Instances" """)).ToDictionary(r => (Guid)r[0], r => (string)r[1]);
        Assert.All(acknowledgedStarts, id => Assert.True(instances.ContainsKey(id), $"acknowledged start {id} is missing"));
        // Every acknowledged completion went on: its timer fired once and the instance ended.
        await Eventually.UntilAsync(
            () => nodes.ScalarAsync<long>("""SELECT count(*) FROM "Instances" i WHERE "Status" = 'Active' AND EXISTS (SELECT 1 FROM "Tasks" t WHERE t."InstanceId" = i."Id" AND t."Status" = 'Completed')"""),
            // The backlog of a few thousand one-second timers drains at the sweep's and Hangfire's pace on a busy machine.
            waiting => waiting == 0, TimeSpan.FromMinutes(3), waiting => $"{waiting} completed tasks whose instance did not end; " +
                $"timers {Describe(nodes.RowsAsync("""SELECT "Status", count(*), min("DueAt"), max("DueAt") FROM "Timers" GROUP BY 1""").Result)}, " +
                $"instances by status {Describe(nodes.RowsAsync("""SELECT "Status", count(*) FROM "Instances" GROUP BY 1""").Result)}\n" +
                $"node a:\n{Tail(nodes.Output(0))}\nnode b:\n{Tail(nodes.Output(1))}");
        var ended = (await nodes.RowsAsync("""SELECT "Id" FROM "Instances" WHERE "Status" = 'Completed'""")).Select(r => (Guid)r[0]).ToHashSet();
        Assert.All(acknowledgedCompletions, id => Assert.Contains(id, ended));
        // No token lost or doubled: one task per instance, a timer fired at most once, each active instance waits at its open task.
        Assert.Empty(await nodes.RowsAsync("""SELECT "InstanceId" FROM "Tasks" GROUP BY "InstanceId" HAVING count(*) > 1"""));
        Assert.Empty(await nodes.RowsAsync("""SELECT "InstanceId" FROM "History" WHERE "Type" IN ('TimerFired', 'InstanceCompleted', 'TaskCompleted') GROUP BY "InstanceId", "Type" HAVING count(*) > 1"""));
        Assert.Empty(await nodes.RowsAsync(
            """SELECT i."Id" FROM "Instances" i WHERE i."Status" = 'Active' AND (SELECT count(*) FROM "Tasks" t WHERE t."InstanceId" = i."Id" AND t."Status" = 'Open') <> 1"""));
        Assert.Empty(await nodes.RowsAsync("""SELECT "Id" FROM "Instances" WHERE "Status" NOT IN ('Active', 'Completed')"""));
    }

    [ClusterFact]
    public async Task Notification_OfATaskCreatedOnNodeB_ReachesTheConnectionHeldByNodeA()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["work.bpmn"] = Work });
        var token = await nodes.TokenAsync(0, DemoUsers.Handlaggare);
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(nodes[0].Address, "/hubs/notifications"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        hub.On<JsonElement>("Notification", n => received.TrySetResult(n));
        await hub.StartAsync();

        using var b = await nodes.SignInAsync(1, DemoUsers.Handlaggare);
        using var start = await b.PostAsJsonAsync("/api/definitions/work/instances", new { businessKey = "across" });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);

        var notification = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("Gör", notification.GetRawText());
    }

    [ClusterFact]
    public async Task BearerToken_IssuedByNodeA_IsAcceptedByNodeB()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["work.bpmn"] = Work });
        var token = await nodes.TokenAsync(0, DemoUsers.Handlaggare);

        using var b = TwoNodes.Authorized(nodes[1].Address, token);
        using var tasks = await b.GetAsync("/api/tasks");
        using var anonymous = await nodes[1].Client.GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        // One key ring for both, made once although both nodes started at the same moment.
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "DataProtectionKeys" """));
    }

    private static string Describe(List<object[]> rows) => string.Join("; ", rows.Select(r => string.Join(", ", r)));

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> OpenTaskAsync(HttpClient http, Guid instanceId)
    {
        using var body = JsonDocument.Parse(await http.GetStringAsync($"/api/tasks?instanceId={instanceId}"));
        return body.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
