namespace Samverkan.Host.Components.Inbox;

/// <summary>Whose tasks.</summary>
public enum InboxOwner
{
    /// <summary>The user's and their groups' tasks.</summary>
    All,
    Mine,
    Unassigned,
    /// <summary>Every task the user can see: for a chef or an administrator, others' too.</summary>
    Everyone,
}
