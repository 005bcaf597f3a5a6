namespace Samverkan.Workflows.Execution;

public enum EngineErrorKind
{
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>A command the engine refused; <see cref="Kind"/> says how an API should answer (404, 409, 422).</summary>
public class EngineException(EngineErrorKind kind, string message) : Exception(message)
{
    public EngineErrorKind Kind { get; } = kind;

    public static EngineException NotFound(string message) => new(EngineErrorKind.NotFound, message);
    public static EngineException Conflict(string message) => new(EngineErrorKind.Conflict, message);
    public static EngineException Invalid(string message) => new(EngineErrorKind.Invalid, message);
}
