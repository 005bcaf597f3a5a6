namespace Samverkan.Host.Cases;

/// <summary>What the case services refuse, in words safe to show and to log: never a personnummer or a name.</summary>
public sealed class CaseException(CaseErrorKind kind, string message, string? field = null) : Exception(message)
{
    public CaseErrorKind Kind { get; } = kind;

    public string? Field { get; } = field;

    public static CaseException Unauthenticated() =>
        new(CaseErrorKind.Unauthenticated, "Sign in first: this needs a known user (today the X-Samverkan-User header).");

    public static CaseException NotFound(string message) => new(CaseErrorKind.NotFound, message);

    public static CaseException Forbidden(string message) => new(CaseErrorKind.Forbidden, message);

    public static CaseException Conflict(string message) => new(CaseErrorKind.Conflict, message);

    public static CaseException Invalid(string field, string message) => new(CaseErrorKind.Invalid, message, field);
}
