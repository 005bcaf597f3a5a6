namespace Samverkan.Workflows.Execution;

/// <summary>One pass over the due timers (<see cref="ProcessEngine.FireClaimedTimersAsync"/>).</summary>
/// <param name="Claimed">Timers taken; fewer than asked for means no more were due.</param>
/// <param name="Fired">Of those, the ones that fired (the others had fired or moved on meanwhile, or failed).</param>
/// <param name="Errors">The timers whose firing threw, with the error; each is taken again when its claim runs out.</param>
public sealed record DueTimerPass(int Claimed, int Fired, IReadOnlyList<(Guid TimerId, Exception Error)> Errors);
