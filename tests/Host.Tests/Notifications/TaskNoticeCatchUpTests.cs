using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications.Engine;
using Samverkan.Host.Persistence;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>
/// A new-task notice lost between the engine's commit and writing it (the service stopped) is sent at the next
/// start, once; the notices are deleted here to stand for the ones that were never written.
/// </summary>
public abstract class TaskNoticeCatchUpTests(StorageProvider storage) : NotificationsHostTests(storage)
{
    [ProviderFact]
    public async Task CatchUp_SendsTheMissedNoticeToEveryMember_Once()
    {
        await Host.Engine.StartAsync("groupTask");
        await Host.WaitForAsync("anna", 1);
        await ForgetNotificationsAsync(Host);
        var catchUp = Host.Services.GetRequiredService<TaskNoticeCatchUp>();

        Assert.Equal(1, await catchUp.RunAsync());
        Assert.Equal(0, await catchUp.RunAsync());

        var anna = Assert.Single((await Host.ListAsync("anna")).Items);
        Assert.Equal("Ny uppgift: Bedöm behov för Tolvan", anna.Title);
        Assert.Single((await Host.ListAsync("bo")).Items);
        Assert.Equal(0, (await Host.ListAsync("carl")).Total);
    }

    [ProviderFact]
    public async Task CatchUp_TaskThatWasNotified_SendsNothingMore()
    {
        await Host.Engine.StartAsync("groupTask");
        await Host.WaitForAsync("bo", 1);

        Assert.Equal(0, await Host.Services.GetRequiredService<TaskNoticeCatchUp>().RunAsync());
        Assert.Single((await Host.ListAsync("bo")).Items);
    }

    [ProviderFact]
    public async Task CatchUp_TaskForNobodyInParticular_IsNotCountedAsMissed()
    {
        await Host.Engine.DeployAsync("""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://samverkan.se/test">
              <bpmn:process id="nobodysTask" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="step" />
                <bpmn:userTask id="step" name="Ingen särskild" />
              </bpmn:process>
            </bpmn:definitions>
            """, "test");
        await Host.Engine.StartAsync("nobodysTask");

        Assert.Equal(0, await Host.Services.GetRequiredService<TaskNoticeCatchUp>().RunAsync());
    }

    [ProviderFact]
    public async Task Restart_SendsTheNoticesTheStoppedServiceLost()
    {
        await Host.Engine.StartAsync("groupTask");
        await Host.WaitForAsync("anna", 1);
        await ForgetNotificationsAsync(Host);

        await using var restarted = Host.WithWebHostBuilder(_ => { });
        _ = restarted.Services; // starts the second host on the same database

        Assert.Single((await Host.WaitForAsync("anna", 1)).Items);
        Assert.Single((await Host.WaitForAsync("bo", 1)).Items);
    }

    [ProviderFact]
    public async Task CatchUp_TaskOlderThanTheWindow_IsLeftAlone()
    {
        await using var host = NotificationsHost.Start(settings: new Dictionary<string, string>
        {
            ["Samverkan:Notifications:CatchUpWindow"] = "00:00:00",
        }, storage: Storage);
        await host.Engine.StartAsync("groupTask");
        await host.WaitForAsync("anna", 1);
        await ForgetNotificationsAsync(host);

        Assert.Equal(0, await host.Services.GetRequiredService<TaskNoticeCatchUp>().RunAsync());
        Assert.Equal(0, (await host.ListAsync("anna")).Total);
    }

    private static async Task ForgetNotificationsAsync(NotificationsHost host)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await db.Notifications.ExecuteDeleteAsync();
    }

    public sealed class Sqlite() : TaskNoticeCatchUpTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : TaskNoticeCatchUpTests(StorageProvider.PostgreSql);
}
