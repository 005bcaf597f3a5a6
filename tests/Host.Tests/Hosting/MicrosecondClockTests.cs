using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Hosting;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>The service's clock gives instants every database keeps as they are: whole microseconds.</summary>
public sealed class MicrosecondClockTests(TestHost host) : IClassFixture<TestHost>
{
    [Fact]
    public void GetUtcNow_TicksBelowAMicrosecond_AreDropped()
    {
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var clock = new MicrosecondClock(new FakeTimeProvider(at));

        var now = clock.GetUtcNow();

        Assert.Equal(at.AddTicks(-7), now);
        Assert.Equal(0, now.UtcTicks % TimeSpan.TicksPerMicrosecond);
    }

    [Fact]
    public void Host_WithoutAClockOfTheTests_RunsOnTheMicrosecondClock()
    {
        Assert.IsType<MicrosecondClock>(host.Services.GetRequiredService<TimeProvider>());
    }
}
