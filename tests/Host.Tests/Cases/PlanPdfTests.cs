using Samverkan.Host.Cases.Plans;

namespace Samverkan.Host.Tests.Cases;

/// <summary>What the printed plan says: the individual's copy leaves out the internal notes.</summary>
public sealed class PlanPdfTests
{
    [Fact]
    public void Lines_TheIndividualsCopy_LeavesOutTheInternalNotes()
    {
        var plan = new SipPlan([new PlanIntervention("Boendestöd", "kommun")], [], "kommun", new DateOnly(2026, 12, 1), Closed: false);
        var version = new PlanVersion(Guid.NewGuid(), 1, SipPlan.EstablishStep, plan, "Hemlig anteckning", "anna", DateTimeOffset.UnixEpoch);

        var individual = PlanPdf.Lines(new PlanDocument("AV-1", "Tolvan, 19800501-1234", version, ForIndividual: true));
        var internalCopy = PlanPdf.Lines(new PlanDocument("AV-1", "Tolvan, 19800501-1234", version, ForIndividual: false));

        Assert.DoesNotContain(individual, l => l.Text.Contains("Hemlig anteckning"));
        Assert.Contains(internalCopy, l => l.Text == "Hemlig anteckning");
        Assert.Contains(individual, l => l.Text == "• Boendestöd – ansvarig: Kommunen");
    }

    [Fact]
    public void Lines_AClosedPlan_SaysSoInsteadOfAFollowUpDate()
    {
        var plan = new SipPlan([], [], null, new DateOnly(2026, 12, 1), Closed: true);
        var version = new PlanVersion(Guid.NewGuid(), 3, SipPlan.FollowUpStep, plan, null, "anna", DateTimeOffset.UnixEpoch);

        var lines = PlanPdf.Lines(new PlanDocument("AV-1", null, version, ForIndividual: false));

        Assert.Contains(lines, l => l.Text == "Planen är avslutad.");
        Assert.Contains(lines, l => l.Text.StartsWith("Version 3: planen följdes upp och avslutades", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("Interna anteckningar", StringComparison.Ordinal));
    }
}
