using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// What one reader may see of an instance's data. <see cref="ShowsValues"/> false: variables that can hold personal
/// data are masked (<see cref="ProcessDataMask"/>). <see cref="Through"/>: the organisation through which an identified
/// individual is seen.
/// </summary>
public sealed record Disclosure(bool ShowsValues, Guid? CaseId, Guid? PersonId, string? Through)
{
    /// <summary>Shows the values of a case about an identified individual: such a read is written to the access log.</summary>
    public bool RevealsIndividual => ShowsValues && PersonId is not null;

    internal static Disclosure Shown(CaseRecord? @case, string? through = null) => new(true, @case?.Id, @case?.PersonId, through);

    internal static Disclosure Masked(CaseRecord? @case) => new(false, @case?.Id, @case?.PersonId, null);
}
