namespace Samverkan.Host.Components.Designer;

/// <summary>A process on the list: its key, the latest version's name and every version, newest first.</summary>
public sealed record ProcessRow(string Key, string? Name, IReadOnlyList<ProcessVersionRow> Versions)
{
    public ProcessVersionRow Latest => Versions[0];

    /// <summary>Running instances of every version together.</summary>
    public int Running => Versions.Sum(v => v.Running);
}
