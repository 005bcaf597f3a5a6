using Samverkan.Host.Cases;
using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Tests.Cases;

public sealed class CaseAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.NewGuid();

    private static CaseRecord Case(params string[] organisations) =>
        new(Guid.NewGuid(), "AV-TEST", PersonId, organisations, null, "anna", Now);

    private static ConsentRecord Consent(string[] recipients, int fromDays = -1, int toDays = 30) =>
        new(Guid.NewGuid(), PersonId, Guid.NewGuid(), recipients, ["SIP"], Now.AddDays(fromDays), Now.AddDays(toDays), ConsentGiver.Self, "anna", Now);

    private sealed record User(string? UserId, IReadOnlyList<string> Organisations, bool IsSystem = false) : ICurrentUser
    {
        public string DisplayName => UserId ?? "";
        public IReadOnlyList<string> Roles => [];
    }

    private static readonly User OfA = new("anna", ["kommun-a"]);

    [Fact]
    public void IdentifiedThrough_ParticipatingAndNamed_IsThatOrganisation() =>
        Assert.Equal("kommun-a", CaseAccess.IdentifiedThrough(Case("kommun-a", "region-b"), [Consent(["KOMMUN-A"])], OfA, Now));

    [Fact]
    public void IdentifiedThrough_NamedByAConsentOfAnotherPerson_IsNull()
    {
        var other = new ConsentRecord(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ["kommun-a"], ["SIP"], Now.AddDays(-1), Now.AddDays(1), ConsentGiver.Self, "x", Now);

        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [other], OfA, Now));
    }

    [Fact]
    public void IdentifiedThrough_ParticipatingOnlyThroughAnotherOrganisationThanTheNamedOne_IsNull()
    {
        var ofAAndC = new User("anna", ["kommun-a", "polis-c"]);

        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [Consent(["polis-c"])], ofAAndC, Now));
    }

    [Theory]
    [InlineData(1, 30)] // not yet valid
    [InlineData(-30, 0)] // ended exactly now (validTo is exclusive)
    public void IdentifiedThrough_OutsideValidity_IsNull(int fromDays, int toDays) =>
        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [Consent(["kommun-a"], fromDays, toDays)], OfA, Now));

    [Fact]
    public void IdentifiedThrough_Withdrawn_IsNull()
    {
        var consent = Consent(["kommun-a"]);
        consent.Withdraw("anna", Now.AddMinutes(-1));

        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [consent], OfA, Now));
    }

    [Fact]
    public void IdentifiedThrough_AnonymousOrSystem_IsNull()
    {
        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [Consent(["kommun-a"])], new User(null, ["kommun-a"]), Now));
        Assert.Null(CaseAccess.IdentifiedThrough(Case("kommun-a"), [Consent(["kommun-a"])], SystemUser.Instance, Now));
    }

    [Theory]
    [InlineData("2008-03-02", 18)]
    [InlineData("2008-03-03", 17)]
    public void AgeAt_CountsWholeYearsOnTheStockholmDate(string birthDate, int age) =>
        Assert.Equal(age, CaseAccess.AgeAt(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), Now));
}
