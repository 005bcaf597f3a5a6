using Samverkan.Testing;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>
/// The built service as a user starts it (<see cref="ServiceProcess"/>), with the repository's workflows and rules
/// and a database of its own in a temporary folder, removed afterwards.
/// </summary>
public sealed class WebHost : IAsyncDisposable
{
    private readonly ServiceProcess _service;
    private readonly string _folder;

    private WebHost(ServiceProcess service, string folder)
    {
        _service = service;
        _folder = folder;
    }

    public Uri Address => _service.Address;

    public HttpClient Client => _service.Client;

    public string Output => _service.Output;

    public static async Task<WebHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("samverkan-web-").FullName;
        var service = await ServiceProcess.StartAsync(folder, new Dictionary<string, string>
        {
            ["Samverkan__WorkflowsPath"] = Repository.Workflows,
            ["Samverkan__RulesPath"] = Repository.Rules,
            // The browser tests sign in over the API many times a minute from one address; the limit of 10 a minute
            // against password guessing is tested in Host.Tests (SignInTests).
            ["Samverkan__Auth__SignInPermitsPerMinute"] = "1000",
        }, startLimit: TimeSpan.FromSeconds(90));
        return new WebHost(service, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temporary folder is cleaned up by the system.
        }
    }
}
