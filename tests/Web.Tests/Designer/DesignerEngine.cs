using Microsoft.Extensions.DependencyInjection;
using Samverkan.Workflows;
using Samverkan.Workflows.Execution;

namespace Samverkan.Web.Tests.Designer;

/// <summary>The real engine on an in-memory store, as the designer's pages use it.</summary>
internal static class DesignerEngine
{
    public static ProcessEngine Create(TimeProvider? clock = null) =>
        new ServiceCollection()
            .AddSingleton(clock ?? TimeProvider.System)
            .AddInMemoryWorkflowStore()
            .AddWorkflows(_ => { })
            .BuildServiceProvider()
            .GetRequiredService<ProcessEngine>();
}
