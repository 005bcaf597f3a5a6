namespace Samverkan.Host.Components.Start;

/// <summary>"Dra i det röda snöret" (roda-snoret.bpmn): pulledBy, party, individualHarmed, unreasonableBurden, sipAttempted.</summary>
public sealed class RedThreadStartForm : StartForm
{
    public override string ProcessKey => "rodaSnoret";

    /// <summary>The pulling party; the choices are the parameter redThreadParties.</summary>
    public string? Party { get; set; }

    public bool? IndividualHarmed { get; set; }

    public bool? UnreasonableBurden { get; set; }

    public bool? SipAttempted { get; set; }

    protected override void Check()
    {
        Required(nameof(Party), Party, "Välj verksamheten som drar i snöret.");
        Required(nameof(IndividualHarmed), IndividualHarmed);
        Required(nameof(UnreasonableBurden), UnreasonableBurden);
        Required(nameof(SipAttempted), SipAttempted);
    }

    public override Dictionary<string, object?> ToVariables(string userId) => new()
    {
        ["pulledBy"] = userId,
        ["party"] = Party!.Trim(),
        ["individualHarmed"] = IndividualHarmed,
        ["unreasonableBurden"] = UnreasonableBurden,
        ["sipAttempted"] = SipAttempted,
    };
}
