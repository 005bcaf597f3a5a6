using System.Globalization;
using System.Net.Http.Json;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Security;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>
/// A host of its own (<see cref="TestHost"/>: a temp SQLite file or a PostgreSQL database, scheduling off) with the test processes
/// deployed and three users in the directory: anna and bo in kommun-soc (bo also in narvard), carl in region-psyk.
/// </summary>
internal sealed class NotificationsHost : TestHost
{
    /// <summary>Names and a personnummer that the tests put into the directory, a task name and a business key.</summary>
    public static readonly string[] PersonalData =
        ["Anna Andersson", "Andersson", "Bo Berg", "Carl Carlsson", "Carlsson", "Tolvan", "121212-1212"];

    private static readonly (string Id, string Name, string Email, string[] Groups)[] Users =
    [
        ("anna", "Anna Andersson", "anna@kommun.example", ["kommun-soc"]),
        ("bo", "Bo Berg", "bo@kommun.example", ["kommun-soc", "narvard"]),
        ("carl", "Carl Carlsson", "carl@region.example", ["region-psyk"]),
    ];

    private NotificationsHost(TestHostOptions options)
        : base(options)
    {
        StartNow();
        Client = CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>Starts the host; with <paramref name="smtpPort"/> it sends e-mail there (and runs Hangfire to do it).</summary>
    public static NotificationsHost Start(int? smtpPort = null, IReadOnlyDictionary<string, string>? settings = null, StorageProvider storage = StorageProvider.Sqlite)
    {
        var all = new Dictionary<string, string?> { ["Samverkan:Notifications:PublicBaseUrl"] = "https://samverkan.example" };
        for (var i = 0; i < Users.Length; i++)
        {
            var (id, name, email, groups) = Users[i];
            all[$"Samverkan:Directory:Users:{i}:Id"] = id;
            all[$"Samverkan:Directory:Users:{i}:Name"] = name;
            all[$"Samverkan:Directory:Users:{i}:Email"] = email;
            for (var g = 0; g < groups.Length; g++)
            {
                all[$"Samverkan:Directory:Users:{i}:Groups:{g}"] = groups[g];
            }
        }
        if (smtpPort is { } port)
        {
            all["Samverkan:Smtp:Host"] = "127.0.0.1";
            all["Samverkan:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
            all["Samverkan:Smtp:From"] = "samverkan@region.example";
            all["Samverkan:Smtp:Security"] = "None";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return new NotificationsHost(new TestHostOptions
        {
            Workflows = new Dictionary<string, string>
            {
                ["groupTask.bpmn"] = TestProcesses.GroupTask,
                ["sipTask.bpmn"] = TestProcesses.SipTask,
                ["notifies.bpmn"] = TestProcesses.Notifies,
                ["invites.bpmn"] = TestProcesses.Invites,
            },
            Settings = all,
            Storage = storage,
            // E-mail goes out through Hangfire's workers.
            Scheduling = smtpPort is not null,
        });
    }

    /// <summary>A client signed in as <paramref name="user"/> (a handläggare), who sees only their own notifications.</summary>
    public HttpClient ClientAs(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.SignInAs(user, "", Roles.Handlaggare);
        return client;
    }

    public async Task<NotificationPageResponse> ListAsync(string user, bool unreadOnly = false)
    {
        using var client = ClientAs(user);
        return (await client.GetFromJsonAsync<NotificationPageResponse>($"/api/notifications?unreadOnly={unreadOnly}"))!;
    }

    /// <summary>Notifications are written just after the engine's commit; waits until the user has <paramref name="count"/>.</summary>
    public Task<NotificationPageResponse> WaitForAsync(string user, int count) =>
        Eventually.UntilAsync(() => ListAsync(user), page => page.Total >= count, TimeSpan.FromSeconds(10),
            page => $"{user} has {page.Total} of {count} notifications.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
        }
        base.Dispose(disposing);
    }
}
