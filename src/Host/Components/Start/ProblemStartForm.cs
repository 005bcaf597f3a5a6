namespace Samverkan.Host.Components.Start;

/// <summary>"Lyft ett samverkansproblem" (samverkansproblem.bpmn): raisedBy, title, deidentified, writtenConsent.</summary>
public sealed class ProblemStartForm : StartForm
{
    public override string ProcessKey => "samverkansproblem";

    public string? Title { get; set; }

    public bool? Deidentified { get; set; }

    public bool? WrittenConsent { get; set; }

    protected override void Check()
    {
        Text(nameof(Title), Title, 5, 200);
        Required(nameof(Deidentified), Deidentified);
        Required(nameof(WrittenConsent), WrittenConsent);
    }

    public override Dictionary<string, object?> ToVariables(string userId) => new()
    {
        ["raisedBy"] = userId,
        ["title"] = Title!.Trim(),
        ["deidentified"] = Deidentified,
        ["writtenConsent"] = WrittenConsent,
    };
}
