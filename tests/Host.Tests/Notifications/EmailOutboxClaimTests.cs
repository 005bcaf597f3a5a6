using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Host.Notifications.Email;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Host.Persistence.PostgreSql;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>Several nodes' senders on one PostgreSQL outbox: each e-mail is claimed, so sent, by one of them only.</summary>
public sealed class EmailOutboxClaimTests
{
    [PostgreSqlFact]
    public async Task ClaimAsync_ManySendersOfSeveralNodesAtOnce_OneClaimsEachEmail()
    {
        using var database = new PostgreSqlTestDatabase();
        var now = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        // A context factory of its own per node: separate pools, separate sessions, as two processes have.
        var nodes = Enumerable.Range(0, 4).Select(_ => Factory(database.ConnectionString)).ToList();
        await using (var db = await nodes[0].CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        var emails = new List<Guid>();
        await using (var db = await nodes[0].CreateDbContextAsync())
        {
            for (var i = 0; i < 20; i++)
            {
                var notification = new NotificationRecord(Guid.NewGuid(), "user-1", NotificationKind.TaskAssigned, "Ny uppgift", "Text", now);
                var email = new EmailRecord(Guid.NewGuid(), notification.Id, "user@example.se", "Ny uppgift", "Text", null, now);
                db.Notifications.Add(notification);
                db.Emails.Add(email);
                emails.Add(email.Id);
            }
            await db.SaveChangesAsync();
        }
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now.AddMinutes(1));
        var outboxes = nodes.Select(f => new EmailOutbox(f, clock)).ToList();

        var claims = await Task.WhenAll(emails.SelectMany(id => outboxes.SelectMany(o => new[] { o, o }).Select(o => Task.Run(() => o.ClaimAsync(id, CancellationToken.None)))));

        var claimed = claims.Where(c => c is not null).Select(c => c!.Id).ToList();
        Assert.Equal(emails.Order(), claimed.Order());
    }

    private static IDbContextFactory<HostDbContext> Factory(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<HostDbContext>();
        builder.UseHostPostgreSql(connectionString + ";Application Name=node-" + Guid.NewGuid().ToString("N")[..6]);
        return new PooledDbContextFactory<HostDbContext>(builder.Options);
    }
}
