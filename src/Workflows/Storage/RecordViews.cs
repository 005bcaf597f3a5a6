using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>Turns stored rows into the read models callers get; rows never leave the engine.</summary>
internal static class RecordViews
{
    public static UserTaskView ToView(this UserTaskRecord t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, ElementInstanceId = t.ElementInstanceId, ElementId = t.ElementId, Name = t.Name,
        DefinitionKey = t.DefinitionKey, BusinessKey = t.BusinessKey, Status = t.Status, Assignee = t.Assignee,
        CandidateGroupList = t.CandidateGroupList, CandidateUserList = t.CandidateUserList, DueAt = t.DueAt, FollowUpAt = t.FollowUpAt,
        Priority = t.Priority, FormKey = t.FormKey, CreatedAt = t.CreatedAt, ClaimedAt = t.ClaimedAt, EndedAt = t.EndedAt,
        CompletedBy = t.CompletedBy,
    };

    public static HistoryEntry ToEntry(this HistoryRecord h) => new()
    {
        Id = h.Id, InstanceId = h.InstanceId, At = h.At, Type = h.Type, ElementId = h.ElementId,
        ElementInstanceId = h.ElementInstanceId, Detail = h.Detail,
    };

    public static IncidentView ToView(this IncidentRecord i) => new()
    {
        Id = i.Id, InstanceId = i.InstanceId, ElementInstanceId = i.ElementInstanceId, ElementId = i.ElementId, Type = i.Type,
        Message = i.Message, JobId = i.JobId, CreatedAt = i.CreatedAt, ResolvedAt = i.ResolvedAt,
    };

    public static TimerView ToView(this TimerRecord t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, DefinitionId = t.DefinitionId, ElementInstanceId = t.ElementInstanceId,
        ElementId = t.ElementId, DueAt = t.DueAt, Kind = t.Kind, Spec = t.Spec, FiredCount = t.FiredCount, Status = t.Status,
        CreatedAt = t.CreatedAt,
    };

    public static DefinitionInfo ToInfo(this DefinitionRecord d) => new()
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, Hash = d.Hash, Source = d.Source, DeployedAt = d.DeployedAt,
    };

    public static DefinitionDetail ToDetail(this DefinitionRecord d) => new()
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, Hash = d.Hash, Source = d.Source, DeployedAt = d.DeployedAt,
        Xml = d.Xml,
    };

    public static IReadOnlyList<TView> Map<TRecord, TView>(this IReadOnlyList<TRecord> rows, Func<TRecord, TView> map)
    {
        var views = new TView[rows.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = map(rows[i]);
        }
        return views;
    }

    public static PagedResult<TView> Map<TRecord, TView>(this PagedResult<TRecord> page, Func<TRecord, TView> map) =>
        new(page.Items.Map(map), page.Total, page.Page, page.PageSize);
}
