using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Persistence;

namespace Samverkan.Workflows.Tests.Persistence;

public sealed class InMemoryStoreContractTests : StoreContractTests
{
    private readonly InMemoryWorkflowStore _store = new();

    private protected override IWorkflowStore CreateStore() => _store;
}
