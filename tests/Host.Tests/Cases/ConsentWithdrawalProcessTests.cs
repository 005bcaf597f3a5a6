using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Cases;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Cases;

/// <summary>A withdrawal reaches every running process of the individual's cases as the message samtyckeAterkallat, by business key.</summary>
public abstract class ConsentWithdrawalProcessTests(CasesHost host)
{
    // A task with an interrupting boundary event for the withdrawal, and a branch that waits for it in a catch event.
    private const string Process =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://samverkan.se/test">
          <bpmn:message id="Withdrawn" name="samtyckeAterkallat" />
          <bpmn:process id="KEY" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:userTask id="work" />
            <bpmn:boundaryEvent id="withdrawn" attachedToRef="work">
              <bpmn:messageEventDefinition messageRef="Withdrawn" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="done" />
            <bpmn:endEvent id="done" />
            <bpmn:sequenceFlow id="f3" sourceRef="withdrawn" targetRef="stopped" />
            <bpmn:endEvent id="stopped" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly CaseScenario _s = new(host);

    [ProviderFact]
    public async Task Withdraw_RunningInstancesOfThePersonsCases_GetSamtyckeAterkallat()
    {
        var key = $"consent_{Guid.NewGuid():N}";
        Assert.True((await host.Engine.DeployAsync(Process.Replace("KEY", key, StringComparison.Ordinal))).Succeeded);
        var first = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var second = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A, _s.B]);
        var otherPerson = (await _s.CreateCaseAsync(_s.UserOfA, [_s.A], TestPersonnummer.Next())).GetProperty("id").GetString()!;
        var consentId = await _s.GiveConsentAsync(_s.UserOfA, first, [_s.A]);
        var onFirst = await host.Engine.StartAsync(key, first);
        var onSecond = await host.Engine.StartAsync(key, second);
        var onOther = await host.Engine.StartAsync(key, otherPerson);

        await _s.UserOfA.PostAsync($"/api/consents/{consentId}/withdraw", new { });

        foreach (var ended in new[] { onFirst.Id, onSecond.Id })
        {
            var instance = (await host.Engine.GetInstanceAsync(ended))!;
            Assert.Equal(InstanceStatus.Completed, instance.Status);
            var history = await host.Engine.GetHistoryAsync(ended);
            Assert.Contains(history, h => h.ElementId == "stopped");
            Assert.DoesNotContain(history, h => h.ElementId == "done");
        }
        Assert.Equal(InstanceStatus.Active, (await host.Engine.GetInstanceAsync(onOther.Id))!.Status);
        await using var db = host.Db();
        Assert.NotNull(db.Consents.Single(c => c.Id == Guid.Parse(consentId)).ProcessesToldAt);
    }

    [ProviderFact]
    public async Task TellPending_WithdrawalNotYetSent_IsSentOnceAtStartUp()
    {
        var key = $"consent_{Guid.NewGuid():N}";
        await host.Engine.DeployAsync(Process.Replace("KEY", key, StringComparison.Ordinal));
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var consentId = Guid.Parse(await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]));
        var instance = await host.Engine.StartAsync(key, caseId);
        // As if the service stopped between saving the withdrawal and telling the processes.
        await using (var db = host.Db())
        {
            db.Consents.Single(c => c.Id == consentId).Withdraw("anna", host.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        var messages = host.Services.GetRequiredService<WithdrawalMessages>();

        await messages.TellPendingAsync(CancellationToken.None);
        await messages.TellPendingAsync(CancellationToken.None);

        Assert.Equal(InstanceStatus.Completed, (await host.Engine.GetInstanceAsync(instance.Id))!.Status);
        Assert.Single(await host.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.MessageCorrelated);
    }

    [ProviderFact]
    public async Task Withdraw_NoProcessListens_StillWithdraws()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);

        var withdrawn = await _s.UserOfA.PostAsync($"/api/consents/{consentId}/withdraw", new { });

        Assert.False(withdrawn.GetProperty("holds").GetBoolean());
    }

    [ProviderFact]
    public async Task GetCase_ListsTheInstancesWithTheCaseIdAsBusinessKey()
    {
        var key = $"consent_{Guid.NewGuid():N}";
        await host.Engine.DeployAsync(Process.Replace("KEY", key, StringComparison.Ordinal));
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var instance = await host.Engine.StartAsync(key, caseId);

        var seen = await CaseScenario.ReadAsync(_s.UserOfA, caseId);

        Assert.Equal([instance.Id.ToString()], seen.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()));
    }

    public sealed class Sqlite(CasesHost host) : ConsentWithdrawalProcessTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : ConsentWithdrawalProcessTests(host), IClassFixture<CasesHost.OnPostgreSql>;
}
