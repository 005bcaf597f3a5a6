namespace Samverkan.Host.Components.Cases;

/// <summary>Which cases the list shows: the user's own (registered by them or with a task of theirs), or every case their organisation takes part in.</summary>
public enum CaseScope
{
    Organisation,
    Mine,
}
