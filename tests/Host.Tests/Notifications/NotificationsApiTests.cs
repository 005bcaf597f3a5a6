using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications.Api;
using Samverkan.Workflows.Abstractions;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>Task notifications through the engine listener, listed and marked read through /api/notifications.</summary>
public abstract class NotificationsApiTests(StorageProvider storage) : NotificationsHostTests(storage)
{
    [ProviderFact]
    public async Task NewTask_ForAGroup_NotifiesEachMemberAndIsListedPerUser()
    {
        var instance = await Host.Engine.StartAsync("groupTask");
        var task = Assert.Single((await Host.Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id })).Items);

        var anna = await Host.WaitForAsync("anna", 1);
        var bo = await Host.WaitForAsync("bo", 1);

        foreach (var (user, page) in new[] { ("anna", anna), ("bo", bo) })
        {
            var notification = Assert.Single(page.Items);
            Assert.Equal(user, notification.UserId);
            Assert.Equal("TaskAssigned", notification.Kind);
            Assert.Equal("Ny uppgift: Bedöm behov för Tolvan", notification.Title);
            Assert.Equal(task.Id, notification.TaskId);
            Assert.Equal(instance.Id, notification.InstanceId);
            Assert.Null(notification.ReadAt);
            Assert.Equal(1, page.Unread);
        }
        Assert.NotEqual(anna.Items[0].Id, bo.Items[0].Id);
        Assert.Equal(0, (await Host.ListAsync("carl")).Total);
    }

    [ProviderFact]
    public async Task List_PagesNewestFirst()
    {
        for (var i = 0; i < 3; i++)
        {
            await Host.Engine.StartAsync("groupTask");
        }
        var all = await Host.WaitForAsync("anna", 3);

        using var anna = Host.ClientAs("anna");
        var first = (await anna.GetFromJsonAsync<NotificationPageResponse>("/api/notifications?user=anna&page=1&pageSize=2"))!;
        var second = (await anna.GetFromJsonAsync<NotificationPageResponse>("/api/notifications?page=2&pageSize=2"))!;

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        var listed = first.Items.Concat(second.Items).ToList();
        Assert.Equal(all.Items.Select(n => n.Id), listed.Select(n => n.Id));
        Assert.True(listed.Zip(listed.Skip(1)).All(p => p.First.CreatedAt >= p.Second.CreatedAt));
    }

    [ProviderFact]
    public async Task MarkRead_OneThenAll_LeavesNothingUnread()
    {
        await Host.Engine.StartAsync("groupTask");
        await Host.Engine.StartAsync("groupTask");
        var page = await Host.WaitForAsync("anna", 2);
        using var anna = Host.ClientAs("anna");

        var read = await anna.PostAsync($"/api/notifications/{page.Items[0].Id}/read", null);
        read.EnsureSuccessStatusCode();
        var marked = (await read.Content.ReadFromJsonAsync<NotificationResponse>())!;
        var again = (await (await anna.PostAsync($"/api/notifications/{page.Items[0].Id}/read", null)).Content.ReadFromJsonAsync<NotificationResponse>())!;

        Assert.NotNull(marked.ReadAt);
        Assert.Equal(marked.ReadAt, again.ReadAt);
        var unread = await Host.ListAsync("anna", unreadOnly: true);
        Assert.Equal(page.Items[1].Id, Assert.Single(unread.Items).Id);
        Assert.Equal(1, unread.Unread);

        var all = await anna.PostAsync("/api/notifications/read-all", null);
        all.EnsureSuccessStatusCode();

        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<ReadAllResponse>())!.Marked);
        Assert.Equal(0, (await Host.ListAsync("anna", unreadOnly: true)).Total);
        Assert.Equal(2, (await Host.ListAsync("anna")).Total);
        // bo reads his own.
        Assert.Equal(2, (await Host.ListAsync("bo", unreadOnly: true)).Unread);
    }

    [ProviderFact]
    public async Task ListUnreadFirst_PutsUnreadBeforeRead_EachNewestFirst()
    {
        for (var i = 0; i < 3; i++)
        {
            await Host.Engine.StartAsync("groupTask");
        }
        var newestFirst = (await Host.WaitForAsync("anna", 3)).Items;
        var inbox = Host.Services.GetRequiredService<Samverkan.Host.Notifications.NotificationInbox>();
        await inbox.MarkReadAsync(newestFirst[0].Id, "anna", CancellationToken.None);

        var (items, total, unread) = await inbox.ListUnreadFirstAsync("anna", 1, 10, CancellationToken.None);
        var (secondPage, _, _) = await inbox.ListUnreadFirstAsync("anna", 2, 2, CancellationToken.None);

        Assert.Equal([newestFirst[1].Id, newestFirst[2].Id, newestFirst[0].Id], items.Select(n => n.Id));
        Assert.Equal((3, 2), (total, unread));
        Assert.Equal(newestFirst[0].Id, Assert.Single(secondPage).Id);
    }

    [ProviderFact]
    public async Task MarkRead_TellsTheFeedWhoseNotificationsWereRead_OnlyWhenSomethingChanged()
    {
        await Host.Engine.StartAsync("groupTask");
        var page = await Host.WaitForAsync("anna", 1);
        await Host.WaitForAsync("bo", 1);
        var feed = Host.Services.GetRequiredService<Samverkan.Host.Notifications.NotificationFeed>();
        var read = new List<string>();
        void OnRead(string user) => read.Add(user);
        feed.Read += OnRead;
        try
        {
            using var anna = Host.ClientAs("anna");
            (await anna.PostAsync($"/api/notifications/{page.Items[0].Id}/read", null)).EnsureSuccessStatusCode();
            (await anna.PostAsync("/api/notifications/read-all", null)).EnsureSuccessStatusCode();
            using var bo = Host.ClientAs("bo");
            (await bo.PostAsync("/api/notifications/read-all", null)).EnsureSuccessStatusCode();
        }
        finally
        {
            feed.Read -= OnRead;
        }

        // anna's single read, then nothing left for read-all; bo had one unread.
        Assert.Equal(["anna", "bo"], read);
    }

    [ProviderFact]
    public async Task ClaimedTask_TellsAnAssigneeWhoWasNotToldBefore_AndNobodyTwice()
    {
        var instance = await Host.Engine.StartAsync("groupTask");
        await Host.WaitForAsync("anna", 1);
        var task = Assert.Single((await Host.Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id })).Items);

        await Host.Engine.ClaimTaskAsync(task.Id, "anna");
        await Host.Engine.UnclaimTaskAsync(task.Id);
        await Host.Engine.ClaimTaskAsync(task.Id, "carl");
        var carl = await Host.WaitForAsync("carl", 1);

        var notification = Assert.Single(carl.Items);
        Assert.Equal("Uppgift tilldelad dig: Bedöm behov för Tolvan", notification.Title);
        Assert.Equal(task.Id, notification.TaskId);
        // anna's claim came after she had been told of the task: nothing new for her.
        Assert.Equal(1, (await Host.ListAsync("anna")).Total);
    }

    [ProviderTheory]
    [InlineData("GET", "/api/notifications?user=bo", 403)]
    [InlineData("POST", "/api/notifications/read-all?user=bo", 403)]
    [InlineData("GET", "/api/notifications?user=anna&pageSize=0", 400)]
    [InlineData("GET", "/api/notifications?user=anna&pageSize=501", 400)]
    [InlineData("GET", "/api/notifications?user=anna&page=abc", 400)]
    [InlineData("GET", "/api/notifications?user=anna&page=0", 400)]
    [InlineData("POST", "/api/notifications/7a0c6a8e-4a48-4c3f-9d1e-1d2b3c4d5e6f/read", 404)]
    public async Task BadOrForeignRequest_AnswersWithProblemDetails(string method, string url, int status)
    {
        using var anna = Host.ClientAs("anna");
        var response = await anna.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal(status, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }

    [ProviderFact]
    public async Task MarkRead_SomeoneElsesNotification_Is404AndStaysUnread()
    {
        await Host.Engine.StartAsync("groupTask");
        var annas = (await Host.WaitForAsync("anna", 1)).Items[0];
        using var bo = Host.ClientAs("bo");

        var response = await bo.PostAsync($"/api/notifications/{annas.Id}/read", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains((await Host.ListAsync("anna", unreadOnly: true)).Items, n => n.Id == annas.Id);
    }

    public sealed class Sqlite() : NotificationsApiTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : NotificationsApiTests(StorageProvider.PostgreSql);
}
