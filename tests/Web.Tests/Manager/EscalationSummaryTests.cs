using Samverkan.Host.Components.Manager;

namespace Samverkan.Web.Tests.Manager;

public sealed class EscalationSummaryTests
{
    [Fact]
    public void Text_NamesTheLevelsWithOpenProblems()
    {
        var text = EscalationSummary.Text([new("Handläggarnivå", 5, 3.5), new("Ledningsnivå", 1, 0.2), new("Vårdsamverkansgrupp/Styrgrupp närvård", 0, null)]);

        Assert.Equal("Öppna samverkansproblem per nivå: Handläggarnivå 5, Ledningsnivå 1.", text);
    }

    [Fact]
    public void Text_NoneOpen_SaysSo() =>
        Assert.Equal("Inga öppna samverkansproblem.", EscalationSummary.Text([new("Handläggarnivå", 0, null)]));
}
