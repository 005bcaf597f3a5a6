using Npgsql;

namespace Samverkan.Host.Hosting.Cluster;

/// <summary>
/// Lets one node at a time run the start-up (migrations, the key ring, seeding, deploying rules and processes,
/// catching up on due work): a PostgreSQL session-level advisory lock, which the database releases by itself when
/// the holding node dies. Its first connection is also where a wrong or unreachable database is said plainly.
/// </summary>
internal static class StartupLock
{
    // Any fixed 64-bit number names the lock; this one is "samverkan" in ASCII, truncated.
    private const long Key = 0x73616d7665726b61;

    public static async Task<IAsyncDisposable> AcquireAsync(string connectionString, ILogger log, CancellationToken ct)
    {
        var connection = await OpenAsync(connectionString, ct);
        try
        {
            if (!await TryLockAsync(connection, ct))
            {
                log.LogInformation("Another node is starting on this database; waiting for it to finish");
                await using var wait = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
                wait.Parameters.AddWithValue("key", Key);
                await wait.ExecuteNonQueryAsync(ct);
            }
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Opens the service's database, creating it when the server has none of that name yet.</summary>
    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:{SamverkanOptions.ConnectionStringName} is not a PostgreSQL connection string: {e.Message}", e);
        }
        try
        {
            return await OpenOnceAsync(connectionString, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && !string.IsNullOrEmpty(target.Database))
        {
            await CreateDatabaseAsync(target, ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Unreachable(target, e);
        }
        try
        {
            return await OpenOnceAsync(connectionString, ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Unreachable(target, e);
        }
    }

    private static async Task<NpgsqlConnection> OpenOnceAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken ct)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = await OpenOnceAsync(maintenance.ConnectionString, ct);
            var name = target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node made it a moment ago.
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{SamverkanOptions.ConnectionStringName}: the database '{target.Database}' does not exist and could not be created " +
                $"as '{target.Username}' ({e.Message}). Create it, or give the role CREATEDB.", e);
        }
    }

    private static InvalidOperationException Unreachable(NpgsqlConnectionStringBuilder target, Exception e) => new(
        $"ConnectionStrings:{SamverkanOptions.ConnectionStringName}: cannot connect to PostgreSQL at {target.Host}:{target.Port}, " +
        $"database '{target.Database}' as '{target.Username}' ({e.Message}).", e);

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session would release it too; pooling could keep the session, hence the explicit unlock.
                await connection.DisposeAsync();
            }
        }
    }
}
