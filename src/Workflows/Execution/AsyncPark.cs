namespace Samverkan.Workflows.Execution;

/// <summary>Where a token rests at an asynchronous savepoint of its node, waiting for the job that continues it.</summary>
internal enum AsyncPark
{
    None,
    /// <summary>camunda:asyncBefore: the node has not run yet.</summary>
    Before,
    /// <summary>camunda:asyncAfter: the node completed; its outgoing flows are still to be taken.</summary>
    After,
}
