namespace Samverkan.Host.Components.Manager;

/// <summary>The open escalations in one Swedish sentence for the manager's overview.</summary>
internal static class EscalationSummary
{
    public static string Text(IEnumerable<EscalationLevel> levels)
    {
        var open = levels.Where(l => l.Open > 0).Select(l => $"{l.Level} {l.Open}").ToList();
        return open.Count == 0
            ? "Inga öppna samverkansproblem."
            : $"Öppna samverkansproblem per nivå: {string.Join(", ", open)}.";
    }
}
