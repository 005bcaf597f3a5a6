using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>One HTTP client per node, signed in with a bearer token as the demo handläggare, shared by every simulated client.</summary>
internal sealed class NodeClients : IDisposable
{
    private readonly List<HttpClient> _clients;

    private NodeClients(List<HttpClient> clients) => _clients = clients;

    public int Count => _clients.Count;

    public HttpClient this[int node] => _clients[node];

    public static async Task<NodeClients> SignInAsync(IReadOnlyList<Uri> nodes)
    {
        var clients = new List<HttpClient>();
        foreach (var node in nodes)
        {
            var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = node,
                Timeout = TimeSpan.FromSeconds(60),
            };
            using var login = await client.PostAsJsonAsync("/api/account/login", new { email = DemoUsers.Handlaggare.Email, password = DemoUsers.Password });
            var body = await login.Content.ReadAsStringAsync();
            if (!login.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Signing in at {node} answered {(int)login.StatusCode}: {body} (are the demo users seeded?)");
            }
            using var token = JsonDocument.Parse(body);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
            clients.Add(client);
        }
        return new NodeClients(clients);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
