using Samverkan.Host.Cases;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Tests.Infrastructure;

namespace Samverkan.Host.Tests.Cases.ProcessData;

/// <summary>Who sees an instance's process data: staff of a taking-part organisation, under the case's own rule.</summary>
public sealed class ProcessDataRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.NewGuid();

    private static CaseOfProcess Identified(params ConsentRecord[] consents) =>
        new(new CaseRecord(Guid.NewGuid(), "AV-TEST", PersonId, ["kommun-a", "region-b"], null, "anna", Now, registeredBy: "kommun-a"), consents);

    private static CaseOfProcess DeIdentifiedCase() =>
        new(new CaseRecord(Guid.NewGuid(), "AV-TEST", null, ["kommun-a"], "Samverkansproblem", "anna", Now, registeredBy: "kommun-a"), []);

    private static ConsentRecord ConsentFor(string organisation) =>
        new(Guid.NewGuid(), PersonId, Guid.NewGuid(), [organisation], ["SIP"], Now.AddDays(-1), Now.AddDays(30), ConsentGiver.Self, "anna", Now);

    private static PageUser User(string role, string organisation) => new($"{role}-{organisation}", [role], [organisation]);

    [Theory]
    [InlineData(Roles.Handlaggare)]
    [InlineData(Roles.Chef)]
    [InlineData(Roles.Narvardskontoret)]
    public void Decide_StaffOfTheRegisteringOrganisation_SeesTheIndividualsData(string role)
    {
        var shown = ProcessDataRule.Decide(Identified(), User(role, "kommun-a"), Now);

        Assert.True(shown.ShowsValues);
        Assert.True(shown.RevealsIndividual);
        Assert.Equal("kommun-a", shown.Through);
    }

    [Fact]
    public void Decide_OtherTakingPartOrganisation_MaskedUntilAConsentNamesIt()
    {
        var withoutConsent = ProcessDataRule.Decide(Identified(), User(Roles.Handlaggare, "region-b"), Now);
        var withConsent = ProcessDataRule.Decide(Identified(ConsentFor("region-b")), User(Roles.Handlaggare, "region-b"), Now);
        var otherNamed = ProcessDataRule.Decide(Identified(ConsentFor("polis")), User(Roles.Handlaggare, "region-b"), Now);

        Assert.False(withoutConsent.ShowsValues);
        Assert.Equal(PersonId, withoutConsent.PersonId);
        Assert.True(withConsent.RevealsIndividual);
        Assert.Equal("region-b", withConsent.Through);
        Assert.False(otherNamed.ShowsValues);
    }

    [Fact]
    public void Decide_WithdrawnConsent_MaskedAtOnce()
    {
        var consent = ConsentFor("region-b");
        consent.Withdraw("anna", Now.AddMinutes(-1));

        Assert.False(ProcessDataRule.Decide(Identified(consent), User(Roles.Handlaggare, "region-b"), Now).ShowsValues);
    }

    [Fact]
    public void Decide_OrganisationTakingNoPart_MaskedEvenWithAConsentNamingIt()
    {
        Assert.False(ProcessDataRule.Decide(Identified(ConsentFor("kommun-c")), User(Roles.Handlaggare, "kommun-c"), Now).ShowsValues);
        Assert.False(ProcessDataRule.Decide(Identified(), User(Roles.Chef, "kommun-c"), Now).ShowsValues);
    }

    [Theory]
    [InlineData(Roles.Processdesigner)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Granskare)]
    [InlineData(Roles.Worker)]
    public void Decide_NotStaff_MaskedWhateverTheOrganisationAndConsent(string role)
    {
        Assert.False(ProcessDataRule.Decide(Identified(ConsentFor("kommun-a")), User(role, "kommun-a"), Now).ShowsValues);
        Assert.False(ProcessDataRule.Decide(null, User(role, "kommun-a"), Now).ShowsValues);
    }

    [Fact]
    public void Decide_DesignerWhoIsAlsoStaffOfTheCase_SeesIt()
    {
        var both = new PageUser("dana", [Roles.Processdesigner, Roles.Handlaggare], ["kommun-a"]);

        Assert.True(ProcessDataRule.Decide(Identified(), both, Now).ShowsValues);
    }

    [Fact]
    public void Decide_DeIdentifiedCase_ShownToItsOrganisationsWithoutLogging_MaskedForOthers()
    {
        var own = ProcessDataRule.Decide(DeIdentifiedCase(), User(Roles.Handlaggare, "kommun-a"), Now);
        var other = ProcessDataRule.Decide(DeIdentifiedCase(), User(Roles.Handlaggare, "region-b"), Now);

        Assert.True(own.ShowsValues);
        Assert.False(own.RevealsIndividual);
        Assert.False(other.ShowsValues);
    }

    [Fact]
    public void Decide_NoCase_ShownToStaff()
    {
        var shown = ProcessDataRule.Decide(null, User(Roles.Handlaggare, "kommun-a"), Now);

        Assert.True(shown.ShowsValues);
        Assert.False(shown.RevealsIndividual);
    }

    [Fact]
    public void Decide_SystemOrAnonymous_Masked()
    {
        Assert.False(ProcessDataRule.Decide(null, SystemUser.Instance, Now).ShowsValues);
        Assert.False(ProcessDataRule.Decide(null, new PageUser(null!, [Roles.Handlaggare], ["kommun-a"]), Now).ShowsValues);
    }
}
