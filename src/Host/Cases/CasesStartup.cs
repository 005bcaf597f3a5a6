namespace Samverkan.Host.Cases;

/// <summary>At start-up, before requests (the tables are migrated by then): loads the search key and sends withdrawals a stop left unsent.</summary>
internal sealed class CasesStartup(SearchKey searchKey, WithdrawalMessages withdrawals) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A key that cannot be read should stop the start, not the first search.
        _ = searchKey.Bytes;
        await withdrawals.TellPendingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
