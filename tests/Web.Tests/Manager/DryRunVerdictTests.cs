using Samverkan.Host.Components.Manager;
using Samverkan.Rules.Evaluation;

namespace Samverkan.Web.Tests.Manager;

public sealed class DryRunVerdictTests
{
    private static readonly DateOnly Date = new(2025, 7, 1);

    [Fact]
    public void From_RouteP2_SaysThePullWouldBePaused_WithTheReplyAndReason()
    {
        var verdict = DryRunVerdict.From(Outcome("P2", ["NotPaused"], ["Det röda snöret är pausat."], reply: "Pausat enligt beslut."), Date);

        Assert.Equal(DryRunRoute.Paused, verdict.Route);
        Assert.Equal("Ett drag i det röda snöret den 2025-07-01 (v. 27 2025) skulle pausas: draget registreras, besvaras med skälet och hanteras som samverkansproblem.", verdict.Headline);
        Assert.Equal("Pausat enligt beslut.", verdict.Reply);
        Assert.Equal(["Det röda snöret är pausat."], verdict.Reasons);
        Assert.Equal("Regeluppsättning RedThreadPull version 3, parametrar revision 42", verdict.Versions);
    }

    [Fact]
    public void From_RouteP3_SaysItWouldBeAccepted_AndByWhenThePartiesAreConvenedInSwedishTime()
    {
        var conveneBy = new DateTimeOffset(2025, 7, 8, 10, 0, 0, TimeSpan.Zero);

        var verdict = DryRunVerdict.From(Outcome("P3", [], [], conveneBy: conveneBy), Date);

        Assert.Equal(DryRunRoute.Accepted, verdict.Route);
        Assert.EndsWith("skulle tas emot: Närvårdskontoret kallar parterna senast 2025-07-08 12:00.", verdict.Headline);
    }

    [Theory]
    [InlineData("P1", DryRunRoute.ToSip, "skulle gå vidare som SIP, eftersom ingen SIP har prövats.")]
    [InlineData("rejected", DryRunRoute.Rejected, "skulle avvisas.")]
    [InlineData(null, DryRunRoute.Rejected, "skulle avvisas.")]
    public void From_OtherRoutes_SayWhereThePullWouldGo(string? route, DryRunRoute expected, string ending)
    {
        var verdict = DryRunVerdict.From(Outcome(route, ["SipAttempted"], []), Date);

        Assert.Equal(expected, verdict.Route);
        Assert.EndsWith(ending, verdict.Headline);
    }

    private static RuleOutcome Outcome(string? route, string[] failed, string[] reasons, string? reply = null, DateTimeOffset? conveneBy = null)
    {
        var outputs = new Dictionary<string, object?>();
        if (route is not null)
        {
            outputs["route"] = route;
        }
        if (reply is not null)
        {
            outputs["reply"] = reply;
        }
        if (conveneBy is not null)
        {
            outputs["conveneBy"] = conveneBy;
        }
        return new RuleOutcome
        {
            RuleSet = "RedThreadPull",
            RuleSetVersion = 3,
            ParametersVersion = 42,
            AsOf = new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)),
            Passed = failed.Length == 0,
            PassedRules = [],
            FailedRules = failed,
            Reasons = reasons,
            Outputs = outputs,
        };
    }
}
