using Samverkan.Host.Audit;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Host.Components.Audit;

namespace Samverkan.Web.Tests.Audit;

public sealed class AccessLogTextsTests
{
    [Theory]
    [InlineData("case read (through kommun-a)", "ärendet lästes (via kommun-a)")]
    [InlineData("case found by personnummer (through region-b)", "ärendet söktes fram med personnummer (via region-b)")]
    [InlineData("consent registered", "samtycke registrerades")]
    [InlineData("instance history read (through kommun-a)", "processens historik lästes (via kommun-a)")]
    [InlineData("task form read (through region-b)", "uppgiftens formulär lästes (via region-b)")]
    [InlineData("external task fetched", "en extern tjänst hämtade uppgifter")]
    [InlineData("page 2: user=anna action=Read", "sida 2: user=anna action=Read")]
    [InlineData("csv export: no filter", "CSV-export: inget filter")]
    [InlineData("something new", "something new")]
    [InlineData(null, "")]
    public void Detail_KnownDescriptions_AreSwedish(string? stored, string shown)
    {
        Assert.Equal(shown, AccessLogTexts.Detail(stored));
    }

    [Fact]
    public void Roles_AreSwedish_AndEveryActionHasSwedishText()
    {
        Assert.Equal("handläggare, administratör", AccessLogTexts.Roles("handlaggare,admin"));
        Assert.All(Enum.GetValues<AuditAction>(), a => Assert.NotEqual(a.ToString(), AccessLogTexts.Action(a)));
    }
}
