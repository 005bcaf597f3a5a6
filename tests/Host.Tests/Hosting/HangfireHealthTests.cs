using System.Net;
using System.Text.Json;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>/health with Hangfire's server running (real time): the server of this node, by its configured name.</summary>
[Trait("Category", "Slow")]
public sealed class HangfireHealthTests
{
    [Fact]
    public async Task Health_SchedulingOn_ListsThisNodesHangfireServerWithItsHeartbeat()
    {
        using var host = TestHost.Create(new TestHostOptions
        {
            Scheduling = true,
            Settings = new Dictionary<string, string?> { ["Samverkan:NodeName"] = "node-h" },
        });
        var http = host.CreateClient();

        var hangfire = await Eventually.UntilAsync(
            async () =>
            {
                using var response = await http.GetAsync("/health");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("node-h", body.RootElement.GetProperty("node").GetString());
                return body.RootElement.GetProperty("checks").GetProperty("hangfire").Clone();
            },
            h => h.GetProperty("status").GetString() == "Healthy",
            TimeSpan.FromSeconds(30),
            h => $"this node's Hangfire server did not show as running: {h}");

        var data = hangfire.GetProperty("data");
        Assert.Equal((true, 1), (data.GetProperty("scheduling").GetBoolean(), data.GetProperty("servers").GetInt32()));
        var server = Assert.Single(data.GetProperty("serverList").EnumerateArray());
        Assert.StartsWith("samverkan-node-h:", server.GetProperty("name").GetString());
        Assert.True(server.GetProperty("thisNode").GetBoolean());
        Assert.Equal(JsonValueKind.String, server.GetProperty("heartbeat").ValueKind);
    }
}
