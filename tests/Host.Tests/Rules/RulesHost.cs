using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Rules;

/// <summary>
/// A host of its own (<see cref="TestHost"/>: a temp SQLite file, scheduling off) whose rules folder holds the
/// test parameters of Rules/Files/parameters.json, on a fake clock that stands still at <see cref="Start"/>.
/// </summary>
public sealed class RulesHost : TestHost
{
    public static readonly DateTimeOffset Start = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(2));

    public RulesHost()
        : this(new FakeTimeProvider(Start), [FilePath("parameters.json")])
    {
    }

    private RulesHost(FakeTimeProvider clock, string[] rulesFiles)
        : base(new TestHostOptions { RulesFiles = rulesFiles, Clock = clock })
    {
        Clock = clock;
        StartNow();
        Api = new ApiClient(CreateClient());
    }

    public FakeTimeProvider Clock { get; }

    internal ApiClient Api { get; }

    /// <summary>A host whose rules folder holds these files of Rules/Files (or other paths) when it starts.</summary>
    public static RulesHost With(params string[] rulesFiles) => new(new FakeTimeProvider(Start), rulesFiles.Select(FilePath).ToArray());

    /// <summary>A file of Rules/Files, as text.</summary>
    public static string ReadFile(string name) => File.ReadAllText(FilePath(name));

    private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Rules", "Files", name);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Api.Http.Dispose();
        }
        base.Dispose(disposing);
    }
}
