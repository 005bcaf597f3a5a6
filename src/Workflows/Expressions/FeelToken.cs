namespace Samverkan.Workflows.Expressions;

/// <summary>One FEEL token; <see cref="Position"/> is the zero-based offset in the text as written (with its '=').</summary>
/// <remarks>For a string, <see cref="Text"/> is the decoded value; for a name in backticks, the name without them.</remarks>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position)
{
    public bool Is(string op) => Kind == FeelTokenKind.Operator && Text == op;

    public bool IsWord(string word) => Kind == FeelTokenKind.Name && Text == word;
}
