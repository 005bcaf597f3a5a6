using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Components.Start;
using Samverkan.Host.Security;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Host.Tests.Processes;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Tests.Components.Start;

/// <summary>The start page's logic on the real roda-snoret.bpmn: the answer shown is what the process recorded, paused or not.</summary>
[Trait("Category", "Slow")]
public sealed class CaseStarterTests
{
    private static readonly ICurrentUser Puller = new PageUser("polis-per", ["handlaggare"], ["polis"]);

    [Fact]
    public async Task RedThread_PulledInWeek25Of2025_ShowsThePauseReplyAndTheIntakeTaskOfTheProblem()
    {
        await using var host = new ProcessHost(new DateTimeOffset(2025, 6, 16, 9, 0, 0, TimeSpan.FromHours(2)));
        var form = new RedThreadStartForm { Party = "polis", IndividualHarmed = true, UnreasonableBurden = true, SipAttempted = true, Reference = "v25-drag" };

        var starter = host.Services.GetRequiredService<CaseStarter>();
        var (started, error) = await starter.StartAsync(form, Puller);
        await host.RunJobsAsync();
        var outcome = await starter.ReadAsync(started!.InstanceId, Puller);

        Assert.Null(error);
        // The answer is there at once, before the notifications and the call to the ladder have run.
        Assert.Equal(outcome!.Answer, started.Answer);
        var reply = (await host.Parameters.GetAsync("redThreadPauseReply"))!.Value.GetString();
        Assert.Equal(reply, outcome.Answer!.Reply);
        Assert.Equal("P2", outcome.Answer.Route);
        Assert.False(outcome.Answer.Accepted);
        Assert.Equal("v25-drag", outcome.BusinessKey);
        // The paused pull goes on as a samverkansproblem, whose first task asks the puller to de-identify or get consent.
        var intake = Assert.Single(outcome.Tasks);
        Assert.Equal("Samverkansproblem", intake.ProcessName, ignoreCase: true);
        Assert.Equal("polis-per", intake.Assignee);
    }

    [Fact]
    public async Task RedThread_PulledOutsideThePause_IsConvenedWithTheDateItIsDue()
    {
        await using var host = new ProcessHost(new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        var form = new RedThreadStartForm { Party = "polis", IndividualHarmed = true, UnreasonableBurden = true, SipAttempted = true };

        var (outcome, _) = await host.Services.GetRequiredService<CaseStarter>().StartAsync(form, Puller);

        Assert.Equal("Närvårdskontoret har tagit emot draget och kallar parterna.", outcome!.Answer!.Reply);
        Assert.True(outcome.Answer.Accepted);
        Assert.Equal(new DateTimeOffset(2025, 9, 8, 10, 0, 0, TimeSpan.FromHours(2)), outcome.Answer.RespondBy);
        Assert.Equal(InstanceStatus.Active, outcome.Status);
        // Convening is Närvårdskontoret's task, not the puller's.
        Assert.Empty(outcome.Tasks);
    }

    [Fact]
    public async Task Form_WithAnEmptyRequiredField_StartsNothing()
    {
        await using var host = new ProcessHost();
        var form = new ProblemStartForm { Deidentified = true, WrittenConsent = false, Reference = "tomt-problem" };

        var (outcome, error) = await host.Services.GetRequiredService<CaseStarter>().StartAsync(form, Puller);

        Assert.Null(outcome);
        Assert.Equal("Formuläret har fel. Rätta de markerade fälten.", error);
        Assert.Empty((await host.Engine.QueryInstancesAsync(new() { BusinessKey = "tomt-problem" })).Items);
    }
}
