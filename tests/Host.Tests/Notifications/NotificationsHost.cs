using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Security;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>
/// A host of its own (<see cref="SamverkanFactory"/>: a temp SQLite file, scheduling off) with the test processes
/// deployed and three users in the directory: anna and bo in kommun-soc (bo also in narvard), carl in region-psyk.
/// </summary>
internal sealed class NotificationsHost : IAsyncDisposable
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

    private readonly SamverkanFactory _base;

    private NotificationsHost(SamverkanFactory @base, WebApplicationFactory<Program> factory)
    {
        _base = @base;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public WebApplicationFactory<Program> Factory { get; }
    public HttpClient Client { get; }
    public ProcessEngine Engine => Factory.Services.GetRequiredService<ProcessEngine>();

    /// <summary>Starts the host; with <paramref name="smtpPort"/> it sends e-mail there (and runs Hangfire to do it).</summary>
    public static NotificationsHost Start(int? smtpPort = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var @base = new SamverkanFactory();
        File.WriteAllText(Path.Combine(@base.WorkflowsPath, "groupTask.bpmn"), TestProcesses.GroupTask);
        File.WriteAllText(Path.Combine(@base.WorkflowsPath, "sipTask.bpmn"), TestProcesses.SipTask);
        File.WriteAllText(Path.Combine(@base.WorkflowsPath, "notifies.bpmn"), TestProcesses.Notifies);
        File.WriteAllText(Path.Combine(@base.WorkflowsPath, "invites.bpmn"), TestProcesses.Invites);
        var factory = @base.WithWebHostBuilder(web =>
        {
            web.UseSetting("Samverkan:Notifications:PublicBaseUrl", "https://samverkan.example");
            for (var i = 0; i < Users.Length; i++)
            {
                var (id, name, email, groups) = Users[i];
                web.UseSetting($"Samverkan:Directory:Users:{i}:Id", id);
                web.UseSetting($"Samverkan:Directory:Users:{i}:Name", name);
                web.UseSetting($"Samverkan:Directory:Users:{i}:Email", email);
                for (var g = 0; g < groups.Length; g++)
                {
                    web.UseSetting($"Samverkan:Directory:Users:{i}:Groups:{g}", groups[g]);
                }
            }
            if (smtpPort is { } port)
            {
                web.UseSetting("Samverkan:Smtp:Host", "127.0.0.1");
                web.UseSetting("Samverkan:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                web.UseSetting("Samverkan:Smtp:From", "samverkan@region.example");
                web.UseSetting("Samverkan:Smtp:Security", "None");
                // E-mail goes out through Hangfire's workers.
                web.UseSetting("Samverkan:Scheduling:Enabled", "true");
                web.UseSetting("Samverkan:Scheduling:PollingInterval", "00:00:00.500");
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
        });
        _ = factory.Services; // builds and starts the host, running the start-up (migrate, deploy)
        return new NotificationsHost(@base, factory);
    }

    /// <summary>A client signed in as <paramref name="user"/> (a handläggare), who sees only their own notifications.</summary>
    public HttpClient ClientAs(string user)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.SignInAs(user, "", Roles.Handlaggare);
        return client;
    }

    public async Task<NotificationPageResponse> ListAsync(string user, bool unreadOnly = false)
    {
        using var client = ClientAs(user);
        return (await client.GetFromJsonAsync<NotificationPageResponse>($"/api/notifications?unreadOnly={unreadOnly}"))!;
    }

    /// <summary>Notifications are written just after the engine's commit; waits until the user has <paramref name="count"/>.</summary>
    public async Task<NotificationPageResponse> WaitForAsync(string user, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var page = await ListAsync(user);
            if (page.Total >= count)
            {
                return page;
            }
            Assert.True(DateTime.UtcNow < until, $"{user} has {page.Total} of {count} notifications.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
    }
}
