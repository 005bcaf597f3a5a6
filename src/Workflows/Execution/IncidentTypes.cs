namespace Samverkan.Workflows.Execution;

/// <summary>Why an incident was raised.</summary>
public static class IncidentTypes
{
    public const string Expression = "ExpressionFailed";
    public const string NoOutgoingFlow = "NoOutgoingFlow";
    public const string JobFailed = "JobFailed";
    public const string UnhandledError = "UnhandledError";
    public const string Configuration = "Configuration";
    public const string CalledProcessMissing = "CalledProcessMissing";
    public const string Unsupported = "Unsupported";
    public const string ListenerFailed = "ListenerFailed";
}
