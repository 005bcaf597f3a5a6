using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Instances;

/// <summary>One step of an instance's history, oldest first (types such as ElementEntered, TaskCompleted, IncidentCreated).</summary>
internal sealed record HistoryEntryResponse(long Id, DateTimeOffset At, string Type, string? ElementId, string? Detail)
{
    public static HistoryEntryResponse From(HistoryEntry record) => new(record.Id, record.At, record.Type, record.ElementId, record.Detail);
}
