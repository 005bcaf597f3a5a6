using Microsoft.Data.Sqlite;
using Samverkan.Testing;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>One node on its embedded SQLite file, the default set-up: a built service process in a fresh folder, or a running node and its file.</summary>
internal sealed class SqliteNode : IBenchTarget
{
    private readonly string _file;
    private readonly TempFolder? _folder;
    private readonly ServiceProcess? _process;

    private SqliteNode(Uri node, string file, TempFolder? folder, ServiceProcess? process)
    {
        Nodes = [node];
        _file = file;
        _folder = folder;
        _process = process;
    }

    public string Name => "one node, SQLite";

    public IReadOnlyList<Uri> Nodes { get; }

    public static async Task<SqliteNode> StartAsync(BenchSettings settings)
    {
        if (settings.SqliteUrl is { } url)
        {
            return new SqliteNode(url, settings.SqliteFile!, null, null);
        }
        var folder = new TempFolder();
        try
        {
            var workflows = BenchProcess.WriteWorkflows(folder.Path);
            var process = await ServiceProcess.StartAsync(folder.Path, NodeEnvironment.Common(workflows, folder.Path), TimeSpan.FromSeconds(180));
            // The default connection string: data/samverkan.db under the working folder.
            return new SqliteNode(process.Address, Path.Combine(folder.Path, "data", "samverkan.db"), folder, process);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async Task<TimerFigures> TimersAsync(DateTimeOffset from, DateTimeOffset to)
    {
        // The node keeps the file in WAL mode, so a reader beside it sees what is committed and blocks no writer.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        // Instants are UTC ticks in INTEGER columns on SQLite.
        await using var fired = connection.CreateCommand();
        fired.CommandText = """
            SELECT t."DueAt", h."At" FROM "Timers" t
            JOIN "History" h ON h."InstanceId" = t."InstanceId" AND h."ElementInstanceId" = t."ElementInstanceId" AND h."Type" = 'TimerFired'
            WHERE t."ElementId" = $element AND t."DueAt" BETWEEN $from AND $to
            """;
        Window(fired, from, to);
        var lateness = new List<TimeSpan>();
        await using (var reader = await fired.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lateness.Add(TimeSpan.FromTicks(reader.GetInt64(1) - reader.GetInt64(0)));
            }
        }
        await using var pending = connection.CreateCommand();
        pending.CommandText = """SELECT count(*) FROM "Timers" WHERE "ElementId" = $element AND "Status" = 'Pending' AND "DueAt" BETWEEN $from AND $to""";
        Window(pending, from, to);
        return new TimerFigures(lateness, (long)(await pending.ExecuteScalarAsync())!);
    }

    public async Task<NotificationFigures> NotificationsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = NotificationFigures.Query;
        command.Parameters.AddWithValue("@from", from.UtcTicks);
        command.Parameters.AddWithValue("@to", to.UtcTicks);
        // Instants are UTC ticks in INTEGER columns on SQLite.
        return await NotificationFigures.ReadAsync(command, (reader, column) => new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero));
    }

    /// <summary>SQLite keeps no such statistics.</summary>
    public Task<IReadOnlyDictionary<string, long>> DatabaseCountersAsync() => Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>());

    private static void Window(SqliteCommand command, DateTimeOffset from, DateTimeOffset to)
    {
        command.Parameters.AddWithValue("$element", BenchProcess.TimerId);
        command.Parameters.AddWithValue("$from", from.UtcTicks);
        command.Parameters.AddWithValue("$to", to.UtcTicks);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        _folder?.Dispose();
    }
}
