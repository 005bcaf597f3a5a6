namespace Samverkan.Host.Persistence.Cases;

/// <summary>Who gave a consent: the individual, or their guardian (required under 18).</summary>
public enum ConsentGiver
{
    Self,
    Guardian,
}
