using System.Collections.Concurrent;

namespace Samverkan.Workflows.Expressions;

/// <summary>A syntax-checked expression; evaluating it compiles (once) and reuses a delegate per variable type signature.</summary>
public sealed class CompiledExpression
{
    // Past this many signatures an expression is being fed ever-changing shapes; keep them out of the fast scan.
    private const int MaxRecent = 16;

    private readonly ExpressionCompiler _compiler;
    private readonly string _body;
    private readonly ConcurrentDictionary<string, Lazy<ExpressionVariant>> _bySignature = new(StringComparer.Ordinal);
    private volatile ExpressionVariant[] _recent = [];

    internal CompiledExpression(ExpressionCompiler compiler, string text, string body, IReadOnlyList<string> variableNames)
    {
        _compiler = compiler;
        _body = body;
        Text = text;
        VariableNames = variableNames;
    }

    /// <summary>The text as written, e.g. <c>${amount > 5}</c>.</summary>
    public string Text { get; }

    /// <summary>The free variables the expression reads, in order of first use.</summary>
    public IReadOnlyList<string> VariableNames { get; }

    internal int SignatureCount => _bySignature.Count;

    /// <exception cref="ExpressionException">A variable is missing, the values do not fit the expression, or evaluation failed.</exception>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var args = new object?[VariableNames.Count];
        for (var i = 0; i < args.Length; i++)
        {
            if (!variables.TryGetValue(VariableNames[i], out args[i]))
            {
                throw new ExpressionException($"Unknown variable '{VariableNames[i]}' in expression '{Text}'");
            }
        }

        ExpressionVariant variant;
        try
        {
            variant = FindRecent(args) ?? GetOrCompile(args);
        }
        catch (Exception ex) when (ex is not ExpressionException)
        {
            throw new ExpressionException($"Expression '{Text}' cannot be used with these values: {ex.Message}", ex);
        }

        return variant.Invoke(args, Text);
    }

    private ExpressionVariant? FindRecent(object?[] args)
    {
        foreach (var variant in _recent)
        {
            if (variant.Matches(args))
            {
                return variant;
            }
        }

        return null;
    }

    private ExpressionVariant GetOrCompile(object?[] args)
    {
        var shapes = args.Select(a => _compiler.Shapes.Create(a)).ToArray();
        var signature = string.Join("|", shapes.Select(s => s.Key));
        var lazy = _bySignature.GetOrAdd(signature, _ => new Lazy<ExpressionVariant>(() => Compile(shapes, args)));
        var variant = lazy.Value;
        lock (_bySignature)
        {
            var recent = _recent;
            if (recent.Length < MaxRecent && Array.IndexOf(recent, variant) < 0)
            {
                _recent = [.. recent, variant];
            }
        }

        return variant;
    }

    private ExpressionVariant Compile(ValueShape[] shapes, object?[] args)
    {
        try
        {
            return new ExpressionVariant(shapes, _compiler.CompileDelegate(Text, _body, VariableNames, shapes), null);
        }
        catch (ExpressionException ex) when (ex.Message.Contains("'Decimal'", StringComparison.Ordinal) && ex.Message.Contains("'Double'", StringComparison.Ordinal))
        {
            // Dynamic LINQ will not mix decimal and double; the values still match the exact shapes, so the variant stays valid for them.
            var widened = args.Select(a => _compiler.Shapes.Create(a, decimalAsDouble: true)).ToArray();
            return CompileOrRemember(shapes, widened);
        }
        catch (ExpressionException ex)
        {
            return new ExpressionVariant(shapes, null, ex.Message);
        }
        catch (Exception ex)
        {
            // Lazy would cache and rethrow a raw exception; callers are promised ExpressionException only.
            return new ExpressionVariant(shapes, null, $"Expression '{Text}' cannot be compiled for these values: {ex.Message}");
        }
    }

    private ExpressionVariant CompileOrRemember(ValueShape[] shapes, ValueShape[] compileAs)
    {
        try
        {
            return new ExpressionVariant(shapes, _compiler.CompileDelegate(Text, _body, VariableNames, compileAs), null);
        }
        catch (ExpressionException ex)
        {
            return new ExpressionVariant(shapes, null, ex.Message);
        }
    }
}
