using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Samverkan.Host.Tests.Cli;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>
/// The real host in memory, on a SQLite file in a fresh temp folder, with an empty workflows folder and
/// Hangfire's server and sweep off (tests drive time themselves). Logs go to the temp folder too.
/// </summary>
public sealed class SamverkanFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public SamverkanFactory()
    {
        WorkflowsPath = Directory.CreateDirectory(Path.Combine(_folder.Path, "workflows")).FullName;
    }

    public string DataPath => _folder.Path;

    public string WorkflowsPath { get; }

    public string DatabasePath => Path.Combine(_folder.Path, "samverkan.db");

    /// <summary>Whether <see cref="TestAuthHandler"/>'s headers sign requests in; off, only the host's own schemes run.</summary>
    public bool TestSignIn { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Samverkan", $"Data Source={DatabasePath}");
        builder.UseSetting("Samverkan:WorkflowsPath", WorkflowsPath);
        builder.UseSetting("Samverkan:Scheduling:Enabled", "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder.Path, "logs", "samverkan-.log"));
        builder.UseSetting("Samverkan:Cases:KeysPath", Path.Combine(_folder.Path, "keys"));
        if (TestSignIn)
        {
            builder.UseTestAuthentication();
        }
    }

    /// <summary>Every client signs in per request as the demo user the endpoint admits; <see cref="TestUsers.SignInAs(System.Net.Http.Headers.HttpRequestHeaders, string?, string, string)"/> fixes who.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (TestSignIn)
        {
            client.SignInAsDemoUsers();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteFolder();
        }
    }

    private void DeleteFolder()
    {
        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder.Path))
        {
            _folder.Dispose();
        }
    }
}
