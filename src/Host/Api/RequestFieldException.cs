namespace Samverkan.Host.Api;

/// <summary>A request field that is missing or unusable; answered 422 with the field named in <c>errors</c>, and nothing changed.</summary>
internal sealed class RequestFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    /// <summary>Refuses a missing or blank text field.</summary>
    public static string Require(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new RequestFieldException(field, message) : value.Trim();
}
