using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Testing;

/// <summary>
/// Two built service processes on one fresh PostgreSQL database and the tests' Redis, as <c>scripts/cluster.sh</c>
/// runs them: each its own working folder and port, the same workflows folder. A node can be killed and restarted.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly ServiceProcess?[] _nodes = new ServiceProcess?[2];
    private readonly int[] _ports = [FreePort.Next(), FreePort.Next()];

    private TwoNodes()
    {
    }

    public string ConnectionString => _database.ConnectionString;

    public ServiceProcess this[int node] => _nodes[node] ?? throw new InvalidOperationException($"Node {node} is not running.");

    /// <summary>Both nodes started at once, each waiting for the other's start-up as the service does, with these processes deployed.</summary>
    public static async Task<TwoNodes> StartAsync(IReadOnlyDictionary<string, string> workflows)
    {
        var nodes = new TwoNodes();
        try
        {
            Directory.CreateDirectory(Path.Combine(nodes._folder.Path, "workflows"));
            foreach (var (name, xml) in workflows)
            {
                nodes._folder.Write($"workflows/{name}", xml);
            }
            await Task.WhenAll(nodes.StartNodeAsync(0), nodes.StartNodeAsync(1));
            return nodes;
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }
    }

    public async Task StartNodeAsync(int node)
    {
        var name = node == 0 ? "a" : "b";
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, $"node-{name}")).FullName;
        _nodes[node] = await ServiceProcess.StartAsync(folder, new Dictionary<string, string>
        {
            ["Samverkan__Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__Samverkan"] = _database.ConnectionString,
            ["ConnectionStrings__Redis"] = TestRedis.Configuration!,
            ["Samverkan__Cluster__Nodes"] = "2",
            ["Samverkan__NodeName"] = $"node-{name}",
            ["Samverkan__WorkflowsPath"] = Path.Combine(_folder.Path, "workflows"),
            ["Samverkan__RulesPath"] = Path.Combine(_folder.Path, "rules"),
            ["Samverkan__Scheduling__PollingInterval"] = "00:00:00.250",
            // Every request would be a log line; the tests read the database, not the log.
            ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        }, TimeSpan.FromSeconds(120), _ports[node]);
    }

    /// <summary>Kills the node as <c>kill -9</c> does.</summary>
    public async Task KillAsync(int node)
    {
        if (_nodes[node] is { } running)
        {
            _nodes[node] = null;
            await running.KillAsync();
            await running.DisposeAsync();
        }
    }

    public bool IsRunning(int node) => _nodes[node] is not null;

    /// <summary>A client of <paramref name="node"/> signed in with a bearer token as <paramref name="user"/>.</summary>
    public async Task<HttpClient> SignInAsync(int node, DemoUser user) => Authorized(this[node].Address, await TokenAsync(node, user));

    public async Task<string> TokenAsync(int node, DemoUser user)
    {
        using var login = await this[node].Client.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient Authorized(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>One value from the shared database.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    /// <summary>Rows of the shared database, each as its columns' values.</summary>
    public async Task<List<object[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    public string Output(int node) => _nodes[node]?.Output ?? "(not running)";

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i] is { } node)
            {
                await node.DisposeAsync();
            }
        }
        _database.Dispose();
        _folder.Dispose();
    }
}
