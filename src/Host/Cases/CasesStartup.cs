using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;

namespace Samverkan.Host.Cases;

/// <summary>At start-up, before requests: creates or upgrades the case tables, loads the search key, and sends withdrawals a stop left unsent.</summary>
internal sealed class CasesStartup(IDbContextFactory<CasesDbContext> contexts, SearchKey searchKey, WithdrawalMessages withdrawals) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        // A key that cannot be read should stop the start, not the first search.
        _ = searchKey.Bytes;
        await withdrawals.TellPendingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
