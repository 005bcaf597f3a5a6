using System.Text.Json;
using Samverkan.Rules.Helpers;
using Samverkan.Rules.Parameters;
using Samverkan.Testing.Databases;

namespace Samverkan.Rules.Tests.Parameters;

/// <summary>Parameters: changes, history, effective dates and seeding; written once, run on SQLite and on PostgreSQL.</summary>
public abstract class ParameterServiceTests(StorageProvider provider)
{
    private static ParameterChangeRequest Change(object value, DateTimeOffset? from = null, string reason = "Beslut i styrgruppen") =>
        new(JsonSerializer.SerializeToElement(value), "chef@test", reason, from);

    [ProviderFact]
    public async Task Change_RecordsWhoWhenWhyOldAndNew()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("feedbackDays", ParameterKind.DayCount, 60));
        f.Time.Advance(TimeSpan.FromDays(1));

        var change = await f.Parameters.ChangeAsync("feedbackDays", Change(45));

        Assert.Equal("chef@test", change.ChangedBy);
        Assert.Equal("Beslut i styrgruppen", change.Reason);
        Assert.Equal(f.Time.GetUtcNow(), change.ChangedAt);
        Assert.Equal(f.Time.GetUtcNow(), change.EffectiveFrom);
        Assert.Equal(60, change.OldValue!.Value.GetInt32());
        Assert.Equal(45, change.Value.GetInt32());
        var history = await f.Parameters.GetHistoryAsync("feedbackDays");
        Assert.Equal([60, 45], history.Select(h => h.Value.GetInt32()));
        Assert.Null(history[0].EffectiveFrom);
        Assert.Equal("seed", history[0].ChangedBy);
    }

    [ProviderFact]
    public async Task ValueAsOf_FollowsEffectiveFrom_NotWhenTheChangeWasMade()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("pause", ParameterKind.WeekRanges, new[] { "2025-W25..2025-W32" }));
        var autumn = DateTimeOffset.Parse("2025-10-01T00:00:00+02:00");
        await f.Parameters.ChangeAsync("pause", Change(new[] { "2025-W25..2025-W32", "2025-W52..2026-W01" }, autumn));

        var before = await f.Parameters.GetValueAsync<WeekRanges>("pause", autumn.AddMinutes(-1));
        var after = await f.Parameters.GetValueAsync<WeekRanges>("pause", autumn);
        var longAgo = await f.Parameters.GetValueAsync<WeekRanges>("pause", DateTimeOffset.Parse("2020-01-01T00:00:00Z"));

        Assert.Equal(1, before.Count);
        Assert.Equal(2, after.Count);
        Assert.Equal(1, longAgo.Count);
        Assert.Equal(1, (await f.Parameters.GetAsync("pause"))!.Value.GetArrayLength());
    }

    [ProviderFact]
    public async Task ValueAsOf_TwoChangesEffectiveAtOnce_LaterRecordedWins()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("limit", ParameterKind.Number, 1.0));
        var from = DateTimeOffset.Parse("2025-09-01T00:00:00+02:00");
        await f.Parameters.ChangeAsync("limit", Change(2.0, from));
        var corrected = await f.Parameters.ChangeAsync("limit", Change(3.0, from, "Rättelse"));

        Assert.Equal(3.0, await f.Parameters.GetValueAsync<double>("limit", from));
        Assert.Equal(2.0, corrected.OldValue!.Value.GetDouble());
    }

    [ProviderTheory]
    [InlineData(ParameterKind.Duration, "14 dagar")]
    [InlineData(ParameterKind.DayCount, -1)]
    [InlineData(ParameterKind.DayCount, 1.5)]
    [InlineData(ParameterKind.WeekRanges, "2025-W25..2025-W32")]
    [InlineData(ParameterKind.Number, "tre")]
    [InlineData(ParameterKind.Text, 3)]
    public async Task Change_ValueOfAnotherKind_Rejected(ParameterKind kind, object value)
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("p", kind, kind switch
        {
            ParameterKind.Duration => "P1D",
            ParameterKind.WeekRanges => Array.Empty<string>(),
            ParameterKind.Text => "x",
            _ => 1,
        }));

        var e = await Assert.ThrowsAsync<InvalidParameterValueException>(() => f.Parameters.ChangeAsync("p", Change(value)));

        Assert.Contains(kind.ToString(), e.Message);
        Assert.Single(await f.Parameters.GetHistoryAsync("p"));
    }

    [ProviderFact]
    public async Task Change_WithoutReason_Rejected()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("p", ParameterKind.DayCount, 1));

        await Assert.ThrowsAsync<InvalidParameterValueException>(() => f.Parameters.ChangeAsync("p", Change(2, reason: " ")));
    }

    [ProviderFact]
    public async Task Change_UnknownParameter_Throws()
    {
        await using var f = await CreateFixtureAsync();

        await Assert.ThrowsAsync<ParameterNotFoundException>(() => f.Parameters.ChangeAsync("nothing", Change(1)));
        await Assert.ThrowsAsync<ParameterNotFoundException>(() => f.Parameters.GetHistoryAsync("nothing"));
        Assert.Null(await f.Parameters.GetAsync("nothing"));
    }

    [ProviderFact]
    public async Task GetValue_TypedByKind()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(
            ("after", ParameterKind.Duration, "P2W"),
            ("days", ParameterKind.DayCount, 3),
            ("orgs", ParameterKind.StringList, new[] { "kommun", "region" }),
            ("reply", ParameterKind.Text, "Pausat"));
        var now = f.Time.GetUtcNow();

        Assert.Equal(Period.FromDays(14), await f.Parameters.GetValueAsync<Period>("after", now));
        Assert.Equal(3, await f.Parameters.GetValueAsync<int>("days", now));
        Assert.Equal(["kommun", "region"], await f.Parameters.GetValueAsync<IReadOnlyList<string>>("orgs", now));
        Assert.Equal("Pausat", await f.Parameters.GetValueAsync<string>("reply", now));
        Assert.Equal("\"P14D\"", (await f.Parameters.GetAsync("after"))!.Value.GetRawText());
        await Assert.ThrowsAsync<InvalidCastException>(() => f.Parameters.GetValueAsync<int>("after", now));
    }

    [ProviderFact]
    public async Task Seed_BadEntries_SkippedOthersAdded()
    {
        await using var f = await CreateFixtureAsync();

        var added = await f.SeedAsync(("good", ParameterKind.DayCount, 3), ("Bad Name", ParameterKind.DayCount, 3), ("wrong", ParameterKind.DayCount, "tre"));

        Assert.Equal(["good"], added);
        Assert.Equal(["good"], (await f.Parameters.ListAsync()).Select(p => p.Name));
    }

    private Task<RulesFixture> CreateFixtureAsync() => RulesFixture.CreateAsync(provider: provider);

    public sealed class Sqlite() : ParameterServiceTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : ParameterServiceTests(StorageProvider.PostgreSql);
}
