using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Security;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>The live push over SignalR at /hubs/notifications.</summary>
public sealed class NotificationsHubTests : NotificationsHostTests
{
    [Fact]
    public async Task ConnectedUser_ReceivesANewNotification_AsItIsCreated()
    {
        var received = new TaskCompletionSource<NotificationResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var anna = Connect("anna");
        anna.On<NotificationResponse>("Notification", n => received.TrySetResult(n));
        await anna.StartAsync();

        var instance = await Host.Engine.StartAsync("groupTask");

        var pushed = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("anna", pushed.UserId);
        Assert.Equal("TaskAssigned", pushed.Kind);
        Assert.Equal(instance.Id, pushed.InstanceId);
        Assert.Equal(Assert.Single((await Host.ListAsync("anna")).Items).Id, pushed.Id);
    }

    [Fact]
    public async Task Connection_WithoutAUser_IsRefused()
    {
        await using var nobody = Connect(null);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        nobody.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        try
        {
            await nobody.StartAsync();
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or HttpRequestException)
        {
            return; // refused during the handshake
        }
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HubConnectionState.Disconnected, nobody.State);
    }

    private HubConnection Connect(string? user)
    {
        var server = Host.Server;
        var url = new Uri(server.BaseAddress, "/hubs/notifications");
        return new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                // The test server has no sockets: long polling through its in-memory handler.
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (user is not null)
                {
                    o.Headers[TestAuthHandler.UserHeader] = user;
                    o.Headers[TestAuthHandler.RolesHeader] = Roles.Handlaggare;
                }
            })
            .Build();
    }
}
