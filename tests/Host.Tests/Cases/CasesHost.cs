using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Persistence;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Cases;

/// <summary>
/// A host of its own (<see cref="TestHost"/>: a temp SQLite file, or a PostgreSQL database with <see cref="OnPostgreSql"/>, scheduling off, the Data Protection keys in its temp
/// folder) with a fake clock that starts at the real time (the database's own clock guards the access log's
/// retention), and every log event captured. <see cref="As"/> gives a client that acts as a user.
/// </summary>
public class CasesHost : TestHost
{
    public CasesHost()
        : this(StorageProvider.Sqlite)
    {
    }

    private protected CasesHost(StorageProvider storage)
        : this(new FakeTimeProvider(TimeProvider.System.GetUtcNow()), new CapturingSink(), storage)
    {
    }

    private CasesHost(FakeTimeProvider clock, CapturingSink logs, StorageProvider storage)
        : base(new TestHostOptions { Clock = clock, Logs = logs, Storage = storage })
    {
        Clock = clock;
        Logs = logs;
        StartNow(); // start now: migrate, register the jobs
    }

    public FakeTimeProvider Clock { get; }

    public CapturingSink Logs { get; }

    /// <summary>A client whose requests carry the test sign-in headers (TestAuthHandler); no <paramref name="user"/> means anonymous.</summary>
    internal ApiClient As(string? user, string organisations = "", string roles = "")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.SignInAs(user, organisations, roles);
        return new ApiClient(client);
    }

    public CasesDbContext Db() => Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContext();

    /// <summary>The same host on a PostgreSQL database of its own, for the PostgreSQL half of tests written once.</summary>
    public sealed class OnPostgreSql() : CasesHost(StorageProvider.PostgreSql);
}
