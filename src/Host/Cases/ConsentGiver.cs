namespace Samverkan.Host.Cases;

/// <summary>Who gave a consent: the individual, or their guardian (required under 18).</summary>
public enum ConsentGiver
{
    Self,
    Guardian,
}
