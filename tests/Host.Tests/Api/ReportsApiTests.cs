using System.Net;
using System.Text.Json;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Host.Tests.Processes;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

/// <summary>GET /api/reports/red-thread: the period's bounds and bad input; the report's content is in RodaSnoretTests.</summary>
[Collection(HostCollection.Name)]
public sealed class ReportsApiTests(TestHost factory)
{
    private const string Url = "/api/reports/red-thread";
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [InlineData("?from=2025-06-16&to=2025-06-01", "from (2025-06-16) must come before to (2025-06-01)")]
    [InlineData("?from=2025-06-16T10:00&to=2025-06-16T10:00", "must come before")]
    [InlineData("?to=2025-06-16", "from is required")]
    [InlineData("?from=2025-06-16", "to is required")]
    [InlineData("?from=2025-13-01&to=2025-06-16", "from must be a date")]
    [InlineData("?from=igår&to=2025-06-16", "from must be a date")]
    [InlineData("?from=2025-06-01&to=2025-06-16T00:00:00+02:00", "write an offset's + as %2B")]
    public async Task RedThread_BadPeriod_Is400Problem(string query, string detail)
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync(Url + query), HttpStatusCode.BadRequest);

        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RedThread_NoPulls_IsEmptyWithEveryOutcomeAtZero()
    {
        var report = await _api.GetAsync(Url + "?from=1999-01-01&to=1999-12-31");

        Assert.Equal(0, report.GetProperty("pulls").GetInt32());
        Assert.Empty(report.GetProperty("items").EnumerateArray());
        Assert.Empty(report.GetProperty("byParty").EnumerateArray());
        Assert.All(report.GetProperty("byOutcome").EnumerateArray(), o => Assert.Equal(0, o.GetProperty("pulls").GetInt32()));
        Assert.Equal(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), report.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), report.GetProperty("to").GetDateTimeOffset());
    }

    [Fact]
    public async Task RedThread_DatesAreWholeStockholmDays_InstantsEndBeforeTo()
    {
        await using var host = new ProcessHost(new DateTimeOffset(2025, 6, 15, 23, 59, 0, Summer));
        var sunday = await host.StartAsync("rodaSnoret", Pull());
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var monday = await host.StartAsync("rodaSnoret", Pull());
        var api = new ApiClient(host.CreateClient());

        Assert.Equal([sunday.Id], Pulls(await api.GetAsync(Url + "?from=2025-06-15&to=2025-06-15")));
        Assert.Equal([monday.Id], Pulls(await api.GetAsync(Url + "?from=2025-06-16&to=2025-06-16")));
        Assert.Equal([sunday.Id], Pulls(await api.GetAsync(Url + "?from=2025-06-15T23:59&to=2025-06-16T00:00")));
        Assert.Equal([sunday.Id, monday.Id], Pulls(await api.GetAsync(Url + "?from=2025-06-15T21:59:00Z&to=2025-06-16T00:00:00.001%2B02:00")));
    }

    [Fact]
    public async Task OpenApi_DescribesTheReport_WithItsProblems()
    {
        var document = await _api.GetAsync("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(Url).GetProperty("get");
        Assert.Equal("GetRedThreadReport", operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.True(operation.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private static Dictionary<string, object?> Pull() => new()
    {
        ["pulledBy"] = "polis-per",
        ["party"] = "polis",
        ["individualHarmed"] = true,
        ["unreasonableBurden"] = true,
        ["sipAttempted"] = true,
    };

    private static List<Guid> Pulls(JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetGuid()).ToList();
}
