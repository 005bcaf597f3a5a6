using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>
/// One simulated user running cycles until a deadline: start an instance, find its task, claim it, complete it (as
/// <c>tests/Host.Tests/EndToEnd/ServiceProcessTests</c> does). On several nodes, each cycle goes to the next node.
/// </summary>
internal sealed class CycleClient(NodeClients nodes, int number)
{
    private static readonly object Empty = new { };
    private static readonly object Done = new { variables = new { done = true } };

    private Step _step;

    public ClientRecord Record { get; } = new();

    public async Task RunUntilAsync(long deadline)
    {
        for (var round = 0; Stopwatch.GetTimestamp() < deadline; round++)
        {
            try
            {
                if (await CycleAsync(nodes[(number + round) % nodes.Count], deadline))
                {
                    Record.Cycles++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Record.Fail(_step, e.GetType().Name);
                await Task.Delay(100);
            }
        }
    }

    /// <summary>True when the cycle completed before the deadline.</summary>
    private async Task<bool> CycleAsync(HttpClient http, long deadline)
    {
        using var start = await TimedAsync(Step.Start, deadline, () => http.PostAsJsonAsync($"/api/definitions/{BenchProcess.Key}/instances", Empty), HttpStatusCode.Created);
        if (start is null)
        {
            return false;
        }
        var instanceId = (await ReadAsync(start)).GetProperty("id").GetGuid();
        using var query = await TimedAsync(Step.Query, deadline, () => http.GetAsync($"/api/tasks?instanceId={instanceId}"), HttpStatusCode.OK);
        if (query is null)
        {
            return false;
        }
        var items = (await ReadAsync(query)).GetProperty("items");
        if (items.GetArrayLength() == 0)
        {
            Record.Fail(Step.Query, "no task");
            return false;
        }
        var taskId = items[0].GetProperty("id").GetGuid();
        using var claim = await TimedAsync(Step.Claim, deadline, () => http.PostAsJsonAsync($"/api/tasks/{taskId}/claim", Empty), HttpStatusCode.OK);
        if (claim is null)
        {
            return false;
        }
        using var complete = await TimedAsync(Step.Complete, deadline, () => http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Done), HttpStatusCode.NoContent);
        return complete is not null && Stopwatch.GetTimestamp() <= deadline;
    }

    /// <summary>The response when it has the expected status (its latency recorded if it ended before the deadline), else null and a failure.</summary>
    private async Task<HttpResponseMessage?> TimedAsync(Step step, long deadline, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        _step = step;
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        var ended = Stopwatch.GetTimestamp();
        if (response.StatusCode != expected)
        {
            Record.Fail(step, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Dispose();
            return null;
        }
        if (ended <= deadline)
        {
            Record.LatencyMs[(int)step].Add(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
        }
        return response;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.Clone();
    }
}
