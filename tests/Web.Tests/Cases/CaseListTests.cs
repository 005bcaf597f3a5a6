using Bunit;
using Samverkan.Host.Components.Cases;
using Samverkan.Host.Security;

namespace Samverkan.Web.Tests.Cases;

/// <summary>The case list: the organisation's cases, de-identified, filtered by overdue tasks and by whose they are.</summary>
public sealed class CaseListTests() : CaseComponentTest(typeof(CaseDirectory))
{
    [Fact]
    public async Task CaseList_Chef_SeesTheOrganisationsCasesDeIdentified_AndNarrowsToTheOverdue()
    {
        var late = await World.CaseAsync("Sen kallelse");
        var onTime = await World.CaseAsync("Kallelse i tid");
        await World.StartAsync(late.Case.Id, World.Clock.GetUtcNow().AddDays(-2));
        await World.StartAsync(onTime.Case.Id, World.Clock.GetUtcNow().AddDays(5));
        SignIn("cecilia", "kommun-a", Roles.Chef);
        var page = Render<CaseList>();
        page.WaitForAssertion(() => Assert.Equal("2 ärenden", page.Find("[data-testid=case-count]").TextContent));
        Assert.DoesNotContain(CaseWorld.Name, page.Markup);

        page.Find("input[data-testid=filter-overdue], [data-testid=filter-overdue] input").Change(true);

        page.WaitForAssertion(() => Assert.Equal("1 ärenden", page.Find("[data-testid=case-count]").TextContent));
        Assert.Contains(late.Case.Reference, page.Find("[data-testid=case-table]").TextContent);
        Assert.DoesNotContain(onTime.Case.Reference, page.Find("[data-testid=case-table]").TextContent);
        Assert.Equal($"/arenden/{late.Case.Id}", page.Find($"a:contains('{late.Case.Reference}')").GetAttribute("href"));
    }

    [Fact]
    public async Task CaseList_OtherOrganisation_SeesNone()
    {
        await World.CaseAsync();
        SignIn("olle", "polis-c", Roles.Handlaggare);

        var page = Render<CaseList>();

        page.WaitForAssertion(() => Assert.Equal("0 ärenden", page.Find("[data-testid=case-count]").TextContent));
    }

    [Theory]
    [InlineData(CaseScope.Organisation, null, true, false, null, true)]
    [InlineData(CaseScope.Mine, null, null, false, null, false)]
    [InlineData(CaseScope.Organisation, "sip", null, false, null, false)]
    [InlineData(CaseScope.Organisation, "prov", false, false, null, false)]
    [InlineData(CaseScope.Organisation, "prov", null, true, null, false)]
    [InlineData(CaseScope.Organisation, null, null, false, "REGION-B", true)]
    [InlineData(CaseScope.Organisation, null, null, false, "polis-c", false)]
    public void Filter_Matches_EachCondition(CaseScope scope, string? process, bool? open, bool overdue, string? organisation, bool expected)
    {
        var row = new CaseRow(Guid.NewGuid(), "AV-1", null, ["kommun-a", "region-b"], "kim", DateTimeOffset.UnixEpoch, ["prov"], true, 1, 0, null, ["kim"]);

        Assert.Equal(expected, new CaseListFilter(scope, process, open, overdue, organisation).Matches(row, "rut"));
    }
}
