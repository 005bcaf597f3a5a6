namespace Samverkan.Workflows.Storage;

internal enum JobKind
{
    /// <summary>Fetched and completed by an external worker by topic.</summary>
    External,
    /// <summary>Run in-process by a named handler.</summary>
    Handler,
    /// <summary>Moves a token on from an asynchronous savepoint (camunda:asyncBefore/asyncAfter); <see cref="JobRecord.Target"/> says which.</summary>
    Continuation,
}
