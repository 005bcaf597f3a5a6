using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Tests.Api;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Tests.Rules;

/// <summary>
/// A host of its own (<see cref="SamverkanFactory"/>: a temp SQLite file, scheduling off) whose rules folder holds the
/// test parameters of Rules/Files/parameters.json, on a fake clock that stands still at <see cref="Start"/>.
/// </summary>
public sealed class RulesHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(2));

    private readonly SamverkanFactory _base = new();

    public RulesHost()
        : this([FilePath("parameters.json")])
    {
    }

    private RulesHost(string[] rulesFiles)
    {
        RulesPath = Directory.CreateDirectory(Path.Combine(_base.DataPath, "rules")).FullName;
        foreach (var file in rulesFiles)
        {
            File.Copy(file, Path.Combine(RulesPath, Path.GetFileName(file)));
        }
        Factory = _base.WithWebHostBuilder(web =>
        {
            web.UseSetting("Samverkan:RulesPath", RulesPath);
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _ = Factory.Services; // builds and starts the host, running the start-up (migrate, deploy rules and processes)
        Api = new ApiClient(Factory.CreateClient());
    }

    public string RulesPath { get; }

    public string DatabasePath => _base.DatabasePath;

    public FakeTimeProvider Clock { get; } = new(Start);

    public WebApplicationFactory<Program> Factory { get; }

    internal ApiClient Api { get; }

    public ProcessEngine Engine => Factory.Services.GetRequiredService<ProcessEngine>();

    /// <summary>A host whose rules folder holds these files of Rules/Files (or other paths) when it starts.</summary>
    public static RulesHost With(params string[] rulesFiles) => new(rulesFiles.Select(FilePath).ToArray());

    /// <summary>A file of Rules/Files, as text.</summary>
    public static string ReadFile(string name) => File.ReadAllText(FilePath(name));

    private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Rules", "Files", name);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Api.Http.Dispose();
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
    }
}
