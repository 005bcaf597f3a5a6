namespace Samverkan.Workflows.Expressions;

/// <summary>The delegate for one type signature, or the reason the expression does not fit that signature (remembered so it is not re-parsed).</summary>
internal sealed class ExpressionVariant(IReadOnlyList<ValueShape> shapes, Func<object?[], object?>? function, string? error)
{
    public bool Matches(object?[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!shapes[i].Matches(args[i]))
            {
                return false;
            }
        }

        return true;
    }

    public object? Invoke(object?[] args, string text)
    {
        if (function is null)
        {
            throw new ExpressionException(error!);
        }

        try
        {
            return ResultNormalizer.Normalize(function(args));
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var inner = ex is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : ex;
            if (inner is ExpressionException expressionException)
            {
                throw new ExpressionException($"Expression '{text}' failed: {expressionException.Message}", expressionException);
            }

            throw new ExpressionException($"Expression '{text}' failed: {Describe(inner)}", inner);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        NullReferenceException => "a value used in it is null",
        InvalidCastException => $"a value has the wrong type ({ex.Message})",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
