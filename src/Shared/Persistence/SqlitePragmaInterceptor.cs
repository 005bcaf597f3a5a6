using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samverkan.Shared.Persistence;

/// <summary>
/// Sets pragmas on every SQLite connection a context opens. Pragmas stay with the native connection, which the pool
/// keeps open, so they run once per native connection rather than on every open.
/// </summary>
internal sealed class SqlitePragmaInterceptor(string pragmas) : DbConnectionInterceptor
{
    /// <summary>
    /// A busy wait inside SQLite (it retries within milliseconds) for a database another connection is writing:
    /// without it Microsoft.Data.Sqlite retries a locked database itself, sleeping much longer between tries.
    /// </summary>
    public const string BusyWait = "PRAGMA busy_timeout=5000;";

    /// <summary>The engine's connections: WAL for concurrent readers, the busy wait, and foreign keys.</summary>
    public const string Engine = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " + BusyWait + " PRAGMA foreign_keys=ON;";

    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_configured.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, handle);
        }
    }
}
