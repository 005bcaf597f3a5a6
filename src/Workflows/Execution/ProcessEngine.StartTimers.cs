using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Timer start events whose value is an expression over the globals and <c>now</c>, such as
/// <c>${"R/" + params.reviewCycleStart + "/" + params.reviewInterval}</c>: evaluated at deployment, again at every
/// firing for the next due time, and by <see cref="RefreshStartTimersAsync"/> when a parameter changed.
/// </summary>
public sealed partial class ProcessEngine
{
    // A cycle whose start lies this many periods back is a mistake in the diagram or the parameter, not a schedule.
    private const int MaxSkippedOccurrences = 100_000;

    /// <summary>
    /// Works out again every pending timer start event whose value is an expression: when the value changed (a
    /// manager changed a parameter), the timer moves to the new value's next due time. Returns how many moved.
    /// </summary>
    /// <remarks>
    /// A timer fixed in the calendar (a date, a cycle with a start, a cron) moves at once. One counted from when it
    /// was created (a duration, a cycle without a start) moves only while it has not fired yet, because the
    /// previous due time it would count from is not kept; after its next firing it follows the new value anyway.
    /// </remarks>
    public Task<int> RefreshStartTimersAsync(CancellationToken ct = default) =>
        TriggerAsync(async executor =>
        {
            var moved = 0;
            foreach (var timer in await _core.Store.FindPendingTimersAsync(null, null, ct))
            {
                if (timer.InstanceId is not null || timer.DueAt <= executor.Now)
                {
                    continue;
                }
                var process = await _core.Definitions.GetAsync(timer.DefinitionId, ct);
                if (!process.Model.TryGetNode(timer.ElementId, out var node) || node is not StartEvent { Trigger: TimerTrigger trigger } start
                    || !ExpressionText.IsExpression(trigger.Value) || EvaluateStartTimer(executor, process, start) is not { } value
                    || value.Text == timer.Spec)
                {
                    continue;
                }
                DateTimeOffset? from = value.Spec.IsAnchored ? executor.Now : timer.FiredCount == 0 ? timer.CreatedAt : null;
                // Strictly after now: an occurrence at this very instant is the one that has just fired.
                if (from is null || FirstDueNotBefore(value.Spec, from.Value, executor.Now.AddTicks(1)) is not { } due)
                {
                    continue;
                }
                // Claimed like a firing, so a node firing the timer meanwhile makes this trigger start over.
                executor.Changes.ClaimedStartTimers.Add((timer.Id, timer.FiredCount));
                _core.Logger.LogInformation("Timer start event {ElementId} of {DefinitionKey} moves from {OldDue} to {NewDue}: its value is now {Spec}",
                    timer.ElementId, process.Key, timer.DueAt, due, value.Text);
                timer.DueAt = due;
                timer.Spec = value.Text;
                executor.Changes.ChangedTimers.Add(timer);
                executor.ScheduleTimer(timer.Id, due);
                moved++;
            }
            return moved;
        }, ct);

    /// <summary>
    /// The new version's timer for a start event. A pending timer of the previous version with the same value keeps
    /// its due time, so a redeployment neither restarts a cycle nor loses a firing that is due.
    /// </summary>
    private TimerRecord? CreateStartTimer(Executor executor, ExecutableProcess process, StartEvent start, TimerRecord? previous)
    {
        if (EvaluateStartTimer(executor, process, start) is not { } value)
        {
            return null;
        }
        var keep = previous is not null && previous.Spec == value.Text;
        var notBefore = previous is not null && previous.DueAt < executor.Now ? previous.DueAt : executor.Now;
        if ((keep ? previous!.DueAt : FirstDueNotBefore(value.Spec, executor.Now, notBefore)) is not { } due)
        {
            return null;
        }
        return new TimerRecord
        {
            Id = Guid.CreateVersion7(executor.Now),
            DefinitionId = process.DefinitionId,
            ElementId = start.Id,
            DueAt = due,
            Kind = value.Spec.Kind,
            Spec = value.Text,
            FiredCount = keep ? previous!.FiredCount : 0,
            Status = TimerStatus.Pending,
            CreatedAt = executor.Now,
        };
    }

    /// <summary>After a start timer fired: its next due time from the value in force now, or null when it is done.</summary>
    private DateTimeOffset? NextStartDue(Executor executor, ExecutableProcess process, StartEvent start, TimerRecord timer)
    {
        TimerSpec? spec;
        if (EvaluateStartTimer(executor, process, start) is { } value)
        {
            spec = value.Spec;
            timer.Spec = value.Text;
        }
        else if (!TimerSpec.TryParse(timer.Kind, timer.Spec, out spec, out _))
        {
            return null;
        }
        if (spec!.Kind != TimerKind.Cycle || (spec.Repetitions is { } limit && timer.FiredCount >= limit))
        {
            return null;
        }
        // Strictly after now: a cycle that missed occurrences while the service was down fires once, not once per miss.
        return FirstDueNotBefore(spec, timer.DueAt, executor.Now.AddTicks(1));
    }

    /// <summary>The start event's timer value over the globals and now; null, with the reason logged, when it cannot be worked out.</summary>
    private (TimerSpec Spec, string Text)? EvaluateStartTimer(Executor executor, ExecutableProcess process, StartEvent start)
    {
        var variables = new Dictionary<string, object?>(executor.Globals ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [VariableView.NowVariable] = executor.Now,
        };
        try
        {
            return TimerValues.Evaluate(process, (TimerTrigger)start.Trigger, variables);
        }
        catch (ExpressionException e)
        {
            _core.Logger.LogError("Timer start event {ElementId} of {DefinitionKey} version {Version} cannot be scheduled: {Reason}",
                start.Id, process.Key, process.Version, e.Message);
            return null;
        }
    }

    /// <summary>
    /// The timer's first due time counted from <paramref name="from"/>, skipping a cycle's occurrences before
    /// <paramref name="notBefore"/>; null when it never comes.
    /// </summary>
    private DateTimeOffset? FirstDueNotBefore(TimerSpec spec, DateTimeOffset from, DateTimeOffset notBefore)
    {
        var due = spec.FirstDue(from);
        if (spec.Kind != TimerKind.Cycle)
        {
            return due;
        }
        for (var skipped = 0; due is { } d && d < notBefore; skipped++)
        {
            if (skipped == MaxSkippedOccurrences)
            {
                _core.Logger.LogError("A timer cycle has more than {Count} occurrences before {NotBefore}; it is not scheduled. Move its start closer",
                    MaxSkippedOccurrences, notBefore);
                return null;
            }
            // Counting from zero: skipped occurrences are not firings, so they do not use up the repetitions.
            due = spec.NextDue(d, 0);
        }
        return due;
    }
}
