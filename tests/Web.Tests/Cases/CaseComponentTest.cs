using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Cases;

/// <summary>bUnit on the case pages with the services of a <see cref="CaseWorld"/>: the same case register, engine and access log.</summary>
public abstract class CaseComponentTest : WebComponentTest, IAsyncLifetime
{
    /// <summary>The pages get the service in memory's own instances of <paramref name="services"/>.</summary>
    private protected CaseComponentTest(params Type[] services)
    {
        foreach (var type in services)
        {
            Services.AddSingleton(type, World.Services.GetRequiredService(type));
        }
        Services.AddSingleton<TimeProvider>(World.Clock);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private protected CaseWorld World { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await World.DisposeAsync();
    }
}
