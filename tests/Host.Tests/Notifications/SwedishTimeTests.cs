using Samverkan.Host.Notifications;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>The host's Swedish times use the one Stockholm calendar: a repeated autumn time is its first occurrence, as in the engine and the rules.</summary>
public sealed class SwedishTimeTests
{
    [Fact]
    public void FromLocal_RepeatedAutumnTime_IsSummerTimeAsInTheEngineAndTheRules() =>
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 2, 30, 0, TimeSpan.FromHours(2)), SwedishTime.FromLocal(new DateTime(2025, 10, 26, 2, 30, 0)));

    [Fact]
    public void FromLocal_TimeInTheSpringGap_MovesForward() =>
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 3, 30, 0, TimeSpan.FromHours(2)), SwedishTime.FromLocal(new DateTime(2025, 3, 30, 2, 30, 0)));

    [Fact]
    public void Format_AnInstant_IsStockholmWallClock() =>
        Assert.Equal("2025-10-26 kl. 02:30", SwedishTime.Format(new DateTimeOffset(2025, 10, 26, 1, 30, 0, TimeSpan.Zero)));
}
