using System.Globalization;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// The parts of a SIP plan the law asks for: the insatser and the huvudman responsible for each, what others do, the
/// huvudman with overall responsibility, and when it is followed up; <see cref="Closed"/> when a follow-up ended it.
/// </summary>
public sealed record SipPlan(
    IReadOnlyList<PlanIntervention> Interventions,
    IReadOnlyList<PlanAction> OtherActions,
    string? LeadHuvudman,
    DateOnly? FollowUpDate,
    bool Closed)
{
    /// <summary>The SIP's element ids of the steps that establish and follow up a plan; each completion is a new version.</summary>
    public const string EstablishStep = "establishPlan";
    public const string FollowUpStep = "followUp";
    public const string ProcessKey = "sip";

    /// <summary>The plan as the SIP's variables hold it after <paramref name="step"/> completed (see docs/processes/sip.md).</summary>
    public static SipPlan FromVariables(IReadOnlyDictionary<string, object?> variables, string step) => new(
        Maps(variables, "interventions").Select(m => new PlanIntervention(Text(m, "description") ?? "", Text(m, "huvudman"))).ToList(),
        Maps(variables, "otherActions").Select(m => new PlanAction(Text(m, "actor") ?? "", Text(m, "action") ?? "")).ToList(),
        Text(variables, "leadHuvudman"),
        DateOnly.TryParse(Text(variables, "followUpDate"), CultureInfo.InvariantCulture, out var date) ? date : null,
        step == FollowUpStep && variables.GetValueOrDefault("continuePlan") is false);

    /// <summary>The internal notes the step took: the meeting's for the established plan, the follow-up's for a follow-up.</summary>
    public static string? NotesFromVariables(IReadOnlyDictionary<string, object?> variables, string step) =>
        Text(variables, step == EstablishStep ? "meetingNotes" : "followUpNotes") is { Length: > 0 } notes ? notes : null;

    public static string HuvudmanName(string? huvudman) => huvudman?.ToLowerInvariant() switch
    {
        null or "" => "–",
        "kommun" => "Kommunen",
        "region" => "Regionen",
        _ => huvudman,
    };

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) is IEnumerable<object?> list
            ? list.OfType<IEnumerable<KeyValuePair<string, object?>>>().Select(m => (IReadOnlyDictionary<string, object?>)m.ToDictionary(StringComparer.OrdinalIgnoreCase))
            : [];

    private static string? Text(IReadOnlyDictionary<string, object?> values, string name) =>
        values.GetValueOrDefault(name) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
