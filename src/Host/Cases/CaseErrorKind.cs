namespace Samverkan.Host.Cases;

public enum CaseErrorKind
{
    /// <summary>Nobody is signed in, and this needs someone.</summary>
    Unauthenticated,
    /// <summary>The user's organisations do not take part.</summary>
    Forbidden,
    NotFound,
    Conflict,
    /// <summary>A field of the request is not acceptable (<see cref="CaseException.Field"/> names it).</summary>
    Invalid,
}
