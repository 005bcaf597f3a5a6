using Npgsql;
using Samverkan.Testing;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>
/// Two nodes on one PostgreSQL database and Redis, as <c>scripts/cluster.sh</c> runs them: a fresh database (dropped
/// afterwards) and two built service processes, or two running nodes given by their URLs.
/// </summary>
internal sealed class PostgreSqlCluster : IBenchTarget
{
    private readonly string _connectionString;
    private readonly string? _createdDatabase;
    private readonly string? _admin;
    private readonly TempFolder? _folder;
    private readonly ServiceProcess[] _processes;

    private PostgreSqlCluster(IReadOnlyList<Uri> nodes, string connectionString, string? createdDatabase, string? admin, TempFolder? folder, ServiceProcess[] processes)
    {
        Nodes = nodes;
        _connectionString = connectionString;
        _createdDatabase = createdDatabase;
        _admin = admin;
        _folder = folder;
        _processes = processes;
    }

    public string Name => "two nodes, PostgreSQL";

    public IReadOnlyList<Uri> Nodes { get; }

    public static async Task<PostgreSqlCluster> StartAsync(BenchSettings settings)
    {
        if (settings.ClusterUrls is { } urls)
        {
            return new PostgreSqlCluster(urls, settings.ClusterDatabase!, null, null, null, []);
        }
        var database = $"samverkan_bench_{Guid.NewGuid():N}";
        await using (var admin = await OpenAsync(settings.PostgresAdmin))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(settings.PostgresAdmin) { Database = database }.ConnectionString;
        var folder = new TempFolder();
        var workflows = BenchProcess.WriteWorkflows(folder.Path);
        var starts = new[] { "a", "b" }.Select(name => ServiceProcess.StartAsync(
            Directory.CreateDirectory(Path.Combine(folder.Path, $"node-{name}")).FullName,
            new Dictionary<string, string>(NodeEnvironment.Common(workflows, folder.Path))
            {
                ["Samverkan__Storage__Provider"] = "PostgreSql",
                ["ConnectionStrings__Samverkan"] = connectionString,
                ["ConnectionStrings__Redis"] = settings.Redis,
                ["Samverkan__Cluster__Nodes"] = "2",
                ["Samverkan__NodeName"] = $"node-{name}",
            },
            TimeSpan.FromSeconds(180))).ToList();
        try
        {
            var processes = await Task.WhenAll(starts);
            return new PostgreSqlCluster(processes.Select(p => p.Address).ToList(), connectionString, database, settings.PostgresAdmin, folder, processes);
        }
        catch
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync();
            }
            await DropAsync(settings.PostgresAdmin, database);
            folder.Dispose();
            throw;
        }
    }

    public async Task<TimerFigures> TimersAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = await OpenAsync(_connectionString);
        await using var fired = new NpgsqlCommand(
            """
            SELECT t."DueAt", h."At" FROM "Timers" t
            JOIN "History" h ON h."InstanceId" = t."InstanceId" AND h."ElementInstanceId" = t."ElementInstanceId" AND h."Type" = 'TimerFired'
            WHERE t."ElementId" = @element AND t."DueAt" BETWEEN @from AND @to
            """, connection);
        Window(fired, from, to);
        var lateness = new List<TimeSpan>();
        await using (var reader = await fired.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lateness.Add(reader.GetFieldValue<DateTimeOffset>(1) - reader.GetFieldValue<DateTimeOffset>(0));
            }
        }
        await using var pending = new NpgsqlCommand(
            """SELECT count(*) FROM "Timers" WHERE "ElementId" = @element AND "Status" = 'Pending' AND "DueAt" BETWEEN @from AND @to""", connection);
        Window(pending, from, to);
        return new TimerFigures(lateness, (long)(await pending.ExecuteScalarAsync())!);
    }

    public async Task<NotificationFigures> NotificationsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = await OpenAsync(_connectionString);
        await using var command = new NpgsqlCommand(NotificationFigures.Query, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        return await NotificationFigures.ReadAsync(command, (reader, column) => reader.GetFieldValue<DateTimeOffset>(column));
    }

    /// <summary>
    /// Committed and rolled-back transactions, and rows inserted, updated and deleted per table ("schema.table"), from
    /// PostgreSQL's statistics; they lag the work by up to a second.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> DatabaseCountersAsync()
    {
        await using var connection = await OpenAsync(_connectionString);
        await using var command = new NpgsqlCommand(
            """
            SELECT 'transactions', xact_commit FROM pg_stat_database WHERE datname = current_database()
            UNION ALL SELECT 'rollbacks', xact_rollback FROM pg_stat_database WHERE datname = current_database()
            UNION ALL SELECT schemaname || '.' || relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables
            """, connection);
        var counters = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counters[reader.GetString(0)] = reader.GetInt64(1);
        }
        return counters;
    }

    private static void Window(NpgsqlCommand command, DateTimeOffset from, DateTimeOffset to)
    {
        command.Parameters.AddWithValue("element", BenchProcess.TimerId);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL at {new NpgsqlConnectionStringBuilder(connectionString).Host} did not answer ({e.Message}); "
                + "start it (pg_ctlcluster 15 main start) or name another server with --pg.", e);
        }
    }

    private static async Task DropAsync(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAsync(admin);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        if (_createdDatabase is not null)
        {
            await DropAsync(_admin!, _createdDatabase);
        }
        _folder?.Dispose();
    }
}
