namespace Samverkan.Host.Components.Start;

/// <summary>"Behov av SIP" (sip.bpmn): the need, de-identified; the SIP coordinators assess it in their first task.</summary>
public sealed class SipStartForm : StartForm
{
    public override string ProcessKey => "sip";

    public string? NeedDescription { get; set; }

    protected override void Check() => Text(nameof(NeedDescription), NeedDescription, 10, 2000);

    public override Dictionary<string, object?> ToVariables(string userId) => new()
    {
        ["needDescription"] = NeedDescription!.Trim(),
        ["reportedBy"] = userId,
    };
}
