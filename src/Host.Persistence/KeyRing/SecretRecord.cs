namespace Samverkan.Host.Persistence.KeyRing;

/// <summary>A named secret, written once by whichever node needs it first and read by all; the value is protected by Data Protection.</summary>
public sealed class SecretRecord
{
    public const int NameMaxLength = 100;

    public required string Name { get; init; }

    public required string ProtectedValue { get; init; }
}
