using Npgsql;

namespace Samverkan.Testing.Databases;

/// <summary>
/// An empty database of its own on the tests' PostgreSQL server (<see cref="TestPostgreSql"/>), uniquely named, dropped
/// on dispose with whatever connections are still open to it.
/// </summary>
public sealed class PostgreSqlTestDatabase : IDisposable
{
    private readonly string _admin;
    private bool _dropped;

    public PostgreSqlTestDatabase()
    {
        _admin = TestPostgreSql.AdminConnectionString
            ?? throw new InvalidOperationException(TestPostgreSql.SkipReason);
        Name = $"samverkan_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            Execute(connection, $"CREATE DATABASE \"{Name}\"");
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The admin's role on this database (the role owns it, so it may migrate it).</summary>
    public string ConnectionString { get; }

    public void Dispose()
    {
        if (_dropped)
        {
            return;
        }
        _dropped = true;
        // Idle pooled connections would otherwise stay, broken, in this database's pool.
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        // FORCE terminates the connections a host or a pool of another connection string still holds.
        Execute(connection, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
