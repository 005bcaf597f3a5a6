namespace Samverkan.Host.Cases.Plans;

/// <summary>One paragraph of the printed plan: its text, how it is set, and the space after it.</summary>
public sealed record PlanLine(string Text, PlanLineStyle Style, double After = 2);
