using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Instances;

/// <summary>An instance's status and what the engine refused, in Swedish (its history's texts are in <see cref="Shared.HistoryTexts"/>).</summary>
internal static class InstanceTexts
{
    public static string Status(InstanceStatus status) => status switch
    {
        InstanceStatus.Active => "Pågående",
        InstanceStatus.Completed => "Avslutad",
        InstanceStatus.Cancelled => "Avbruten",
        _ => status.ToString(),
    };

    /// <summary>What the engine refused, in Swedish (its own messages are English and meant for developers).</summary>
    public static string Error(EngineException error, string what) => error.Kind switch
    {
        EngineErrorKind.NotFound => $"{what} gick inte: instansen eller incidenten finns inte längre.",
        _ when error is InstanceSuspendedException =>
            $"{what} gick inte: instansen är pausad. Återuppta den först.",
        EngineErrorKind.Conflict when error.Message.Contains("call activity", StringComparison.Ordinal) =>
            $"{what} gick inte: instansen startades av en annan instans. Avbryt den i stället.",
        EngineErrorKind.Conflict => $"{what} gick inte: instansen har redan avslutats eller ändrats under tiden. Ladda om sidan.",
        _ => $"{what} gick inte: motorn godtog inte ändringen ({error.Message}).",
    };
}
