namespace Samverkan.Rules.Evaluation;

/// <summary>An expression reaches for something outside the allow-list.</summary>
internal sealed class ForbiddenExpressionException(string message) : Exception(message);
