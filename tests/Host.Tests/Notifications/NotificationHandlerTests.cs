using Microsoft.Extensions.DependencyInjection;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>The <c>notify</c> and <c>sendMeetingInvitation</c> handlers as process designers call them.</summary>
public sealed class NotificationHandlerTests : NotificationsHostTests
{
    [Fact]
    public async Task Notify_FromAServiceTask_TellsUsersAndGroupMembersWhatTheProcessSays()
    {
        var instance = await Host.Engine.StartAsync("notifies", variables: new Dictionary<string, object?>
        {
            ["notifyKind"] = "redThreadPull",
            ["notifyTo"] = new[] { "user:carl", "group:kommun-soc", "user:anna" },
            ["notifyText"] = "Ambulansen har dragit i det röda snöret.",
        });

        Assert.Equal(1, await Host.Engine.RunDueJobsAsync());

        Assert.Equal(InstanceStatus.Completed, (await Host.Engine.GetInstanceAsync(instance.Id))!.Status);
        foreach (var user in new[] { "anna", "bo", "carl" })
        {
            var notification = Assert.Single((await Host.WaitForAsync(user, 1)).Items);
            Assert.Equal("RedThreadPull", notification.Kind);
            Assert.Equal("Det röda snöret har dragits", notification.Title);
            Assert.Equal("Ambulansen har dragit i det röda snöret.", notification.Body);
            Assert.Equal(instance.Id, notification.InstanceId);
        }
    }

    [Fact]
    public async Task Notify_TheSameJobRunTwice_SendsOnce()
    {
        var handler = Handler("notify");
        var context = Context(new Dictionary<string, object?>
        {
            ["notifyKind"] = "Reminder",
            ["notifyTo"] = new List<object?> { "group:kommun-soc" },
            ["notifyText"] = "Uppföljningen av planen är om en vecka.",
        });

        await handler.ExecuteAsync(context, CancellationToken.None);
        await handler.ExecuteAsync(context, CancellationToken.None);
        await Task.WhenAll(handler.ExecuteAsync(context, CancellationToken.None), handler.ExecuteAsync(context, CancellationToken.None));

        Assert.Equal(1, (await Host.ListAsync("anna")).Total);
        Assert.Equal(1, (await Host.ListAsync("bo")).Total);
    }

    [Fact]
    public async Task SendMeetingInvitation_TellsEachParticipantWhenAndWhere()
    {
        var context = Context(new Dictionary<string, object?>
        {
            ["meeting"] = new Dictionary<string, object?>
            {
                ["start"] = "2025-09-01T10:00",
                ["end"] = "2025-09-01T11:30",
                ["location"] = "Stadshuset, rum 3",
                ["subject"] = "SIP-möte",
            },
            ["participants"] = "group:narvard, user:carl",
        });

        await Handler("sendMeetingInvitation").ExecuteAsync(context, CancellationToken.None);

        foreach (var user in new[] { "bo", "carl" })
        {
            var notification = Assert.Single((await Host.ListAsync(user)).Items);
            Assert.Equal("MeetingInvitation", notification.Kind);
            Assert.Equal("Kallelse till möte: SIP-möte", notification.Title);
            Assert.Equal("Du är kallad till ”SIP-möte” 2025-09-01 kl. 10:00–11:30, Stadshuset, rum 3.", notification.Body);
        }
        Assert.Equal(0, (await Host.ListAsync("anna")).Total);
    }

    [Theory]
    [InlineData("notify", "notifyTo", "someone")]
    [InlineData("notify", "notifyKind", "Urgent")]
    [InlineData("sendMeetingInvitation", "meeting.subject", "SIP-möte för 19121212-1212")]
    [InlineData("sendMeetingInvitation", "meeting.end", "2025-09-01T09:00")]
    public async Task Handler_WithABadVariable_FailsNamingIt(string name, string variable, string value)
    {
        var variables = new Dictionary<string, object?>
        {
            ["notifyTo"] = new List<object?> { "user:anna" },
            ["meeting"] = new Dictionary<string, object?>
            {
                ["start"] = "2025-09-01T10:00",
                ["end"] = "2025-09-01T11:00",
                ["location"] = "Stadshuset",
                ["subject"] = "SIP-möte",
            },
            ["participants"] = new List<object?> { "user:anna" },
        };
        if (variable.StartsWith("meeting.", StringComparison.Ordinal))
        {
            ((Dictionary<string, object?>)variables["meeting"]!)[variable["meeting.".Length..]] = value;
        }
        else
        {
            variables[variable] = variable == "notifyTo" ? new List<object?> { value } : value;
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Handler(name).ExecuteAsync(Context(variables), CancellationToken.None));

        Assert.Contains($"'{variable}'", error.Message);
        Assert.Equal(0, (await Host.ListAsync("anna")).Total);
    }

    private IServiceTaskHandler Handler(string name) =>
        Host.Services.GetServices<IServiceTaskHandler>().Single(h => h.Name == name);

    private static ServiceTaskContext Context(IReadOnlyDictionary<string, object?> variables) =>
        new(Guid.NewGuid(), null, "task", Guid.NewGuid(), variables);
}
