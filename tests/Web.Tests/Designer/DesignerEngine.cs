using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Persistence;

namespace Samverkan.Web.Tests.Designer;

/// <summary>The real engine on an in-memory store, as the designer's pages use it.</summary>
internal static class DesignerEngine
{
    public static ProcessEngine Create() => new(new InMemoryWorkflowStore(), TimeProvider.System);
}
