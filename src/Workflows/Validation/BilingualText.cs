namespace Samverkan.Workflows.Validation;

/// <summary>A diagnostic code with its English and Swedish text: a catalogue entry's templates, or a formatted message.</summary>
/// <remarks>Only this assembly derives from it, so every text comes from <see cref="DiagnosticTexts"/>.</remarks>
public abstract record BilingualText
{
    private protected BilingualText(string code, string english, string swedish)
    {
        Code = code;
        English = english;
        Swedish = swedish;
    }

    /// <summary>Kebab-case, stable across releases: clients may act on it.</summary>
    public string Code { get; }

    public string English { get; }

    public string Swedish { get; }
}
