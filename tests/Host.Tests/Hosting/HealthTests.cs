using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samverkan.Host.Hosting;
using Samverkan.Host.Hosting.Health;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.PostgreSql;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>/health: the node, the database and Hangfire, as JSON; 503 with the reason when the database does not answer.</summary>
[Collection(HostCollection.Name)]
public sealed class HealthTests(TestHost host)
{
    [Fact]
    public async Task Health_DefaultHost_TellsNodeDatabaseAndHangfire()
    {
        using var response = await host.CreateClient().GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = body.RootElement;
        Assert.Equal(("Healthy", Environment.MachineName), (root.GetProperty("status").GetString(), root.GetProperty("node").GetString()));
        var database = root.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal("Sqlite", database.GetProperty("data").GetProperty("provider").GetString());
        Assert.True(database.GetProperty("data").GetProperty("reachable").GetBoolean());
        Assert.Equal(host.DatabasePath, database.GetProperty("data").GetProperty("database").GetString());
        var hangfire = root.GetProperty("checks").GetProperty("hangfire");
        Assert.Equal("Healthy", hangfire.GetProperty("status").GetString());
        var data = hangfire.GetProperty("data");
        Assert.Equal(("InMemory", false, 0), (data.GetProperty("storage").GetString(), data.GetProperty("scheduling").GetBoolean(), data.GetProperty("servers").GetInt32()));
        Assert.Equal(0, data.GetProperty("serverList").GetArrayLength());
    }

    [Fact]
    public async Task Health_DatabaseDoesNotAnswer_Answers503WithTheReasonAndNoPassword()
    {
        var port = FreePort.Next();
        await using var postgres = new ServiceCollection()
            .AddWorkflowsPostgreSql($"Host=127.0.0.1;Port={port};Database=samverkan;Username=samverkan;Password=not-to-be-shown;Timeout=3")
            .BuildServiceProvider();
        var unreachable = new DatabaseHealthCheck(postgres.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(),
            Options.Create(new SamverkanOptions { Storage = { Provider = "PostgreSql" } }));
        using var broken = TestHost.Create(new TestHostOptions { Services = s => s.AddSingleton(unreachable) });

        using var response = await broken.CreateClient().GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("not-to-be-shown", text);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var database = body.RootElement.GetProperty("checks").GetProperty("database");
        Assert.StartsWith("The database does not answer: ", database.GetProperty("description").GetString());
        var data = database.GetProperty("data");
        Assert.Equal(("PostgreSql", false, $"127.0.0.1:{port}/samverkan as samverkan"),
            (data.GetProperty("provider").GetString(), data.GetProperty("reachable").GetBoolean(), data.GetProperty("database").GetString()));
    }
}
