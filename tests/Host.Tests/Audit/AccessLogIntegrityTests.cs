using System.Data.Common;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Samverkan.Host.Audit;
using Samverkan.Host.Tests.Cases;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Audit;

/// <summary>The access log is append-only: the context refuses changes, the database refuses them too, and only the retention job removes old entries.</summary>
public abstract class AccessLogIntegrityTests(CasesHost host)
{
    private static readonly TimeSpan SixYears = TimeSpan.FromDays(6 * 366);

    [ProviderFact]
    public async Task SaveChanges_ChangedOrDeletedEntry_IsRefused()
    {
        var id = await AddEntryAsync(host.Clock.GetUtcNow());

        await using (var db = host.Db())
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
            db.Entry(entry).Property(e => e.UserId).CurrentValue = "someone-else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = host.Db())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = host.Db())
        {
            Assert.Equal("tester", (await db.AuditEntries.SingleAsync(e => e.Id == id)).UserId);
        }
    }

    [ProviderFact]
    public async Task Database_UpdateOrDeleteOfARecentEntry_IsAborted()
    {
        var id = await AddEntryAsync(host.Clock.GetUtcNow());
        await using var connection = await OpenConnectionAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, $"UPDATE \"AuditEntries\" SET \"UserId\" = 'x' WHERE \"Id\" = {id}"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM \"AuditEntries\""));
        var bulk = await Assert.ThrowsAnyAsync<DbException>(async () =>
        {
            await using var db = host.Db();
            await db.AuditEntries.ExecuteDeleteAsync();
        });

        Assert.Contains("append-only", update.Message);
        Assert.Contains("five years", delete.Message);
        Assert.Contains("five years", bulk.Message);
        await using var check = host.Db();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Id == id));
    }

    [ProviderFact]
    public async Task RetentionJob_RemovesOnlyEntriesOlderThanTheRetention()
    {
        var now = host.Clock.GetUtcNow();
        var old = await AddEntryAsync(now - SixYears);
        var young = await AddEntryAsync(now.AddYears(-5).AddDays(2));
        var recent = await AddEntryAsync(now);

        var removed = await host.Services.GetRequiredService<AuditRetentionJob>().RunAsync(CancellationToken.None);

        await using var db = host.Db();
        Assert.True(removed >= 1);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Id == old));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Id == young));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Id == recent));
    }

    [ProviderFact]
    public void RetentionJob_IsARecurringHangfireJob()
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == AuditRetentionJob.RecurringJobId);

        Assert.Equal("0 3 * * *", job.Cron);
        Assert.Equal(typeof(AuditRetentionJob), job.Job.Type);
    }

    [ProviderTheory]
    [InlineData("4", false)]
    [InlineData("5", true)]
    [InlineData("10", true)]
    public void Options_RetentionUnderFiveYears_IsRefused(string years, bool accepted)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Samverkan:Audit:RetentionYears"] = years;
        builder.AddSamverkanAccessLog();
        using var services = builder.Services.BuildServiceProvider();

        var options = () => services.GetRequiredService<IOptions<AuditOptions>>().Value;

        if (accepted)
        {
            Assert.Equal(int.Parse(years, System.Globalization.CultureInfo.InvariantCulture), options().RetentionYears);
        }
        else
        {
            Assert.Contains("RetentionYears", Assert.Throws<OptionsValidationException>(options).Message);
        }
    }

    private protected async Task<long> AddEntryAsync(DateTimeOffset at)
    {
        var entry = new AuditEntry(at, "tester", "revision", "granskare", AuditAction.LogRead) { Detail = "test" };
        await using var db = host.Db();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    /// <summary>A connection of its own to the host's database, past the service and its contexts, as a hand-written statement would come.</summary>
    private protected async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = host.Options.Storage == StorageProvider.PostgreSql
            ? new NpgsqlConnection(host.ConnectionString)
            : new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private protected static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public sealed class Sqlite(CasesHost host) : AccessLogIntegrityTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : AccessLogIntegrityTests(host), IClassFixture<CasesHost.OnPostgreSql>
    {
        [ProviderFact]
        public async Task Database_Truncate_IsAborted()
        {
            var id = await AddEntryAsync(host.Clock.GetUtcNow().AddYears(-6));
            await using var connection = await OpenConnectionAsync();

            var truncate = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "TRUNCATE \"AuditEntries\""));

            Assert.Contains("cannot be truncated", truncate.Message);
            await using var check = host.Db();
            Assert.True(await check.AuditEntries.AnyAsync(e => e.Id == id));
        }
    }
}
