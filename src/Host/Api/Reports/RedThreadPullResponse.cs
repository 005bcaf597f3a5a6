using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Reports;

/// <summary>
/// One pull of the red thread: who pulled, where it went, and its lead time in days, from the pull to the meeting
/// held (convened) or to the end of the case (the others); null while that has not happened.
/// </summary>
internal sealed record RedThreadPullResponse(
    Guid InstanceId,
    string? BusinessKey,
    DateTimeOffset PulledAt,
    string? Party,
    RedThreadOutcome Outcome,
    InstanceStatus Status,
    DateTimeOffset? MeetingHeldAt,
    DateTimeOffset? EndedAt,
    double? LeadTimeDays);
