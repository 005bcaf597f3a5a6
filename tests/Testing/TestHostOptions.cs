using Microsoft.Extensions.DependencyInjection;
using Samverkan.Testing.Databases;

namespace Samverkan.Testing;

/// <summary>What a <see cref="TestHost"/> runs on; the defaults are a fresh temp folder, no processes, no rules and no Hangfire.</summary>
public sealed class TestHostOptions
{
    /// <summary>
    /// An existing folder for the database, logs, keys and (by default) workflows, left in place on dispose so that a
    /// second host can start on the same database; null for a fresh temp folder, deleted on dispose.
    /// </summary>
    public string? DataPath { get; init; }

    /// <summary>
    /// The database every store is on: a SQLite file in the data folder, or a fresh PostgreSQL database of the host's
    /// own (<see cref="PostgreSqlTestDatabase"/>), dropped on dispose. A second host on the same database needs SQLite.
    /// </summary>
    public StorageProvider Storage { get; init; } = StorageProvider.Sqlite;

    /// <summary>The folder deployed at start; null for an empty <c>workflows</c> folder in the data folder (see <see cref="Workflows"/>).</summary>
    public string? WorkflowsPath { get; init; }

    /// <summary>BPMN files, name to XML, written into the data folder's <c>workflows</c> before the host starts.</summary>
    public IReadOnlyDictionary<string, string> Workflows { get; init; } = new Dictionary<string, string>();

    /// <summary>The rule sets and parameters deployed at start; null for <c>rules</c> in the data folder, which exists only with <see cref="RulesFiles"/>.</summary>
    public string? RulesPath { get; init; }

    /// <summary>Files copied into the data folder's <c>rules</c> before the host starts.</summary>
    public IReadOnlyList<string> RulesFiles { get; init; } = [];

    /// <summary>Hangfire's server, its recurring jobs and the due-work sweep; off, tests drive timers and jobs themselves.</summary>
    public bool Scheduling { get; init; }

    /// <summary>How often Hangfire looks for delayed jobs, with <see cref="Scheduling"/> on.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the due-work sweep runs, with <see cref="Scheduling"/> on; null keeps the service's default.</summary>
    public TimeSpan? SweepInterval { get; init; }

    /// <summary>The service's clock, usually a <c>FakeTimeProvider</c>; null for the real one.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Whether <see cref="TestAuthHandler"/>'s headers sign requests in; off, only the service's own schemes run.</summary>
    public bool TestSignIn { get; init; } = true;

    /// <summary>Where the host's log events also go, for tests about what gets logged.</summary>
    public CapturingSink? Logs { get; init; }

    /// <summary>More configuration, applied after the host's own (so a key here wins).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Service registrations applied after the service's own (to replace or add one).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
