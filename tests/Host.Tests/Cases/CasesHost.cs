using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Persistence;
using Samverkan.Host.Tests.Api;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Workflows.Execution;
using Serilog.Core;

namespace Samverkan.Host.Tests.Cases;

/// <summary>
/// A host of its own (<see cref="SamverkanFactory"/>: a temp SQLite file, scheduling off) with the Data Protection
/// keys in its temp folder, a fake clock that starts at the real time (the database's own clock guards the access
/// log's retention), and every log event captured. <see cref="As"/> gives a client that acts as a user.
/// </summary>
public sealed class CasesHost : IAsyncDisposable
{
    private readonly SamverkanFactory _base = new();

    public CasesHost()
    {
        Factory = _base.WithWebHostBuilder(web =>
        {
            web.UseSetting("Samverkan:Cases:KeysPath", KeysPath);
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<ILogEventSink>(Logs);
            });
        });
        _ = Factory.Services; // start now: migrate, register the jobs
    }

    public WebApplicationFactory<Program> Factory { get; }

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public CapturingSink Logs { get; } = new();

    public string DataPath => _base.DataPath;

    public string DatabasePath => _base.DatabasePath;

    public string KeysPath => Path.Combine(_base.DataPath, "keys");

    public ProcessEngine Engine => Factory.Services.GetRequiredService<ProcessEngine>();

    /// <summary>A client whose requests carry the test sign-in headers (TestAuthHandler); no <paramref name="user"/> means anonymous.</summary>
    internal ApiClient As(string? user, string organisations = "", string roles = "")
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.SignInAs(user, organisations, roles);
        return new ApiClient(client);
    }

    public CasesDbContext Db() => Factory.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
    }
}
