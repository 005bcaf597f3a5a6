using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Testing.Databases;
using Samverkan.Workflows.Execution;
using Serilog.Core;

namespace Samverkan.Testing;

/// <summary>
/// The real service in memory, as <see cref="TestHostOptions"/> say: a SQLite file (or a PostgreSQL database of its
/// own), logs and keys in a temp folder, the workflows and rules folders, Hangfire on or off, the clock, test sign-in.
/// Every in-memory host of the tests is this one; feature hosts (ProcessHost, CasesHost, ...) only choose options and
/// add helpers. It starts on first use, or at <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/> (migrate,
/// deploy rules and processes, catch up).
/// </summary>
public class TestHost : WebApplicationFactory<Program>
{
    private readonly TempFolder? _folder;
    private PostgreSqlTestDatabase? _postgreSql;

    /// <summary>The defaults: what a test class or collection fixture gets (xunit wants one public constructor).</summary>
    public TestHost()
        : this(new TestHostOptions())
    {
    }

    protected TestHost(TestHostOptions options)
    {
        // Files go into the host's own folders, never into a given one such as the repository's workflows/.
        if ((options.Workflows.Count > 0 && options.WorkflowsPath is not null) || (options.RulesFiles.Count > 0 && options.RulesPath is not null))
        {
            throw new ArgumentException("Workflows and RulesFiles are written into the data folder; leave WorkflowsPath and RulesPath unset.", nameof(options));
        }
        if (options.Storage == StorageProvider.PostgreSql && options.DataPath is not null)
        {
            throw new ArgumentException("A host on PostgreSQL has a database of its own; a second host on the same database needs SQLite.", nameof(options));
        }
        Options = options;
        _folder = options.DataPath is null ? new TempFolder() : null;
        DataPath = options.DataPath ?? _folder!.Path;
        WorkflowsPath = options.WorkflowsPath ?? Directory.CreateDirectory(Path.Combine(DataPath, "workflows")).FullName;
        RulesPath = options.RulesPath ?? Path.Combine(DataPath, "rules");
        foreach (var (name, xml) in options.Workflows)
        {
            File.WriteAllText(Path.Combine(WorkflowsPath, name), xml);
        }
        foreach (var file in options.RulesFiles)
        {
            File.Copy(file, Path.Combine(Directory.CreateDirectory(RulesPath).FullName, Path.GetFileName(file)));
        }
    }

    public TestHostOptions Options { get; }

    /// <summary>A host on these options (a feature host passes them to the constructor instead).</summary>
    public static TestHost Create(TestHostOptions options) => new(options);

    public string DataPath { get; }

    public string WorkflowsPath { get; }

    public string RulesPath { get; }

    /// <summary>The SQLite file, with <see cref="StorageProvider.Sqlite"/>.</summary>
    public string DatabasePath => Path.Combine(DataPath, "samverkan.db");

    /// <summary>The connection string of the database every store is on; on PostgreSQL, known once the host has started.</summary>
    public string ConnectionString => Options.Storage == StorageProvider.PostgreSql
        ? _postgreSql?.ConnectionString ?? throw new InvalidOperationException("The host has not started, so it has no PostgreSQL database yet.")
        : $"Data Source={DatabasePath}";

    /// <summary>
    /// Whether the host can start here: not on PostgreSQL where no server is configured (<see cref="TestPostgreSql"/>),
    /// where its tests are skipped (<see cref="NeedsPostgreSqlAttribute"/>) but xunit still makes their class fixtures.
    /// </summary>
    public bool CanStart => Options.Storage != StorageProvider.PostgreSql || TestPostgreSql.IsAvailable;

    public string KeysPath => Path.Combine(DataPath, "keys");

    public ProcessEngine Engine => Services.GetRequiredService<ProcessEngine>();

    /// <summary>Starts the host now (migrate, deploy, catch up) where it <see cref="CanStart"/>; a feature host calls it in its constructor.</summary>
    protected void StartNow()
    {
        if (CanStart)
        {
            StartServer();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Options.Storage == StorageProvider.PostgreSql)
        {
            // Made when the host starts, not before: a fixture of skipped tests never starts.
            _postgreSql ??= new PostgreSqlTestDatabase();
            builder.UseSetting("Samverkan:Storage:Provider", "PostgreSql");
        }
        builder.UseSetting("ConnectionStrings:Samverkan", ConnectionString);
        builder.UseSetting("Samverkan:WorkflowsPath", WorkflowsPath);
        builder.UseSetting("Samverkan:RulesPath", RulesPath);
        builder.UseSetting("Samverkan:Scheduling:Enabled", Options.Scheduling ? "true" : "false");
        builder.UseSetting("Samverkan:Scheduling:PollingInterval", Options.PollingInterval.ToString("c", CultureInfo.InvariantCulture));
        if (Options.SweepInterval is { } sweep)
        {
            builder.UseSetting("Samverkan:Scheduling:SweepInterval", sweep.ToString("c", CultureInfo.InvariantCulture));
        }
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DataPath, "logs", "samverkan-.log"));
        builder.UseSetting("Samverkan:Cases:KeysPath", KeysPath);
        foreach (var (key, value) in Options.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            // Seeding the demo users hashes eight passwords, at Identity's 100,000 rounds most of a host's start-up.
            // The service started as a process (ServiceProcess, the browser tests) keeps the real count.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
            if (Options.Clock is { } clock)
            {
                services.AddSingleton(clock);
            }
            if (Options.Logs is { } logs)
            {
                services.AddSingleton<ILogEventSink>(logs);
            }
            Options.Services?.Invoke(services);
        });
        if (Options.TestSignIn)
        {
            builder.UseTestAuthentication();
        }
    }

    /// <summary>Every client signs in per request as the demo user the endpoint admits; <see cref="TestUsers"/> fixes who.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (Options.TestSignIn)
        {
            client.SignInAsDemoUsers();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // After the host has stopped: nothing of it writes any more.
            _postgreSql?.Dispose();
        }
        if (disposing && _folder is not null)
        {
            // Pooled connections keep the database file open.
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
