using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.Persistence.Records;
using Samverkan.Testing.Databases;

namespace Samverkan.Rules.Tests.Persistence;

/// <summary>The store on a real database, as it runs beside the engine: written once, run on SQLite and on PostgreSQL.</summary>
public abstract class RulesStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset At = RulesFixture.Start;

    [ProviderFact]
    public async Task Migrate_UsesItsOwnHistoryTable_AndIsIdempotent()
    {
        await using var f = await CreateFixtureAsync();

        await f.Services.MigrateRulesAsync();

        await using var db = await f.Services.GetRequiredService<IDbContextFactory<RulesDbContext>>().CreateDbContextAsync();
        var tables = await db.Database.SqlQueryRaw<string>(f.TableNamesSql).ToListAsync();
        Assert.Contains("__RulesMigrationsHistory", tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
        Assert.Equal(0, Store(f).ReadRevision());
    }

    [ProviderFact]
    public async Task AddRuleSetVersion_NumbersVersions_SkipsSameContent_BumpsRevision()
    {
        await using var f = await CreateFixtureAsync();
        var store = Store(f);

        var (v1, created1) = await store.AddRuleSetVersionAsync("A", "{}", "h1", At, "x", null, default);
        var (same, created2) = await store.AddRuleSetVersionAsync("A", "{ }", "h1", At, "x", null, default);
        var (v2, _) = await store.AddRuleSetVersionAsync("A", "[]", "h2", At, "x", "second", default);
        await store.AddRuleSetVersionAsync("B", "{}", "h1", At, "x", null, default);

        Assert.Equal((1, true), (v1.Version, created1));
        Assert.Equal((1, false), (same.Version, created2));
        Assert.Equal(2, v2.Version);
        Assert.Equal(3, store.ReadRevision());
        Assert.Equal(new Dictionary<string, int> { ["A"] = 2, ["B"] = 1 }, await store.ReadHeadsAsync(default));
        Assert.Equal("second", (await store.FindRuleSetAsync("A", null, default))!.Comment);
        Assert.Equal("{}", (await store.FindRuleSetAsync("A", 1, default))!.Json);
        Assert.True(await store.HasRuleSetHashAsync("A", "h1", default));
        Assert.Equal(["A", "B"], (await store.ListLatestAsync(default)).Select(r => r.Name));
    }

    [ProviderFact]
    public async Task SeedParameter_OnlyWhenAbsent()
    {
        await using var f = await CreateFixtureAsync();
        var store = Store(f);

        Assert.True(await store.SeedParameterAsync(Definition("p"), First("p", "1"), default));
        Assert.False(await store.SeedParameterAsync(Definition("p"), First("p", "2"), default));

        var (definitions, changes) = await store.ReadParametersAsync(default);
        Assert.Single(definitions);
        Assert.Equal("1", Assert.Single(changes).ValueJson);
        Assert.Equal(DateTimeOffset.MinValue, changes[0].EffectiveFrom);
    }

    [ProviderFact]
    public async Task AddParameterChange_OldValueIsTheOneInForceAtTheEffectiveInstant()
    {
        await using var f = await CreateFixtureAsync();
        var store = Store(f);
        await store.SeedParameterAsync(Definition("p"), First("p", "1"), default);
        await store.AddParameterChangeAsync("p", "3", At.AddDays(30), At, "chef", "senare", default);

        var backdated = await store.AddParameterChangeAsync("p", "2", At.AddDays(10), At, "chef", "tidigare", default);
        var later = await store.AddParameterChangeAsync("p", "4", At.AddDays(40), At, "chef", "sist", default);

        Assert.Equal("1", backdated.OldValueJson);
        Assert.Equal("3", later.OldValueJson);
        Assert.Equal(At.AddDays(10), backdated.EffectiveFrom);
    }

    [ProviderFact]
    public async Task Data_SurvivesReopeningTheDatabase()
    {
        await using var f = await CreateFixtureAsync();
        await Store(f).AddRuleSetVersionAsync("A", "{}", "h1", At, "x", null, default);

        await using var reopened = f.OtherNode();

        var record = await Store(reopened).FindRuleSetAsync("A", null, default);
        Assert.Equal(At, record!.CreatedAt);
        Assert.Equal(1, Store(reopened).ReadRevision());
    }

    private static RulesStore Store(RulesFixture f) => f.Services.GetRequiredService<RulesStore>();

    private static ParameterRecord Definition(string name) => new() { Name = name, Kind = "DayCount", Description = "d" };

    private static ParameterChangeRecord First(string name, string json) => new()
    {
        Name = name, ValueJson = json, EffectiveFrom = DateTimeOffset.MinValue, ChangedAt = At, ChangedBy = "seed", Reason = "start",
    };

    private Task<RulesFixture> CreateFixtureAsync() => RulesFixture.CreateAsync(provider: provider);

    public sealed class Sqlite() : RulesStoreTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : RulesStoreTests(StorageProvider.PostgreSql);
}
