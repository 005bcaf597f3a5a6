namespace Samverkan.Host.Components.Start;

/// <summary>
/// "Rapportera avvikelse" (avvikelse.bpmn): started with the reporter only; the first task, "Beskriv avvikelsen",
/// is the reporter's own and holds the form (what happened, which organisation, when).
/// </summary>
public sealed class DeviationStartForm : StartForm
{
    public override string ProcessKey => "avvikelse";

    protected override void Check()
    {
    }

    public override Dictionary<string, object?> ToVariables(string userId) => new() { ["reporter"] = userId };
}
