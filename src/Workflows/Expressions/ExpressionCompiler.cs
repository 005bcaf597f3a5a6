using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>Compiles expression text once and caches it; one instance per engine, safe to share between threads.</summary>
public sealed class ExpressionCompiler
{
    private readonly ConcurrentDictionary<string, CompiledExpression> _byText = new(StringComparer.Ordinal);
    private readonly ParsingConfig _config;
    private int _delegateCount;

    public ExpressionCompiler()
    {
        _config = new ParsingConfig
        {
            IsCaseSensitive = true,
            CustomTypeProvider = new HelperTypeProvider(),
            AllowNewToEvaluateAnyType = false,
            DisallowNewKeyword = true,
            LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
            ResolveTypesBySimpleName = false,
            SupportCastingToFullyQualifiedTypeAsString = false,
            SupportEnumerationsFromSystemNamespace = false,
            AllowEqualsAndToStringMethodsOnObject = false,
            DisableMemberAccessToIndexAccessorFallback = true,
            NumberParseCulture = CultureInfo.InvariantCulture,
        };
    }

    internal ShapeFactory Shapes { get; } = new();

    /// <summary>How many delegates have been compiled (one per expression and variable type signature).</summary>
    internal int DelegateCount => Volatile.Read(ref _delegateCount);

    /// <summary>Checks the syntax and finds the variables; typed compilation waits for the first evaluation.</summary>
    /// <exception cref="ExpressionException">The text is not a valid, allowed expression.</exception>
    public CompiledExpression Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_byText.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var body = ExpressionText.Unwrap(text);
        var variables = SyntaxChecker.Check(body);
        return _byText.GetOrAdd(text, new CompiledExpression(this, text, body, variables));
    }

    /// <summary>Compiles the expression for one signature: parameters typed by the shapes, conversions inlined.</summary>
    internal Func<object?[], object?> CompileDelegate(string text, string body, IReadOnlyList<string> names, IReadOnlyList<ValueShape> shapes)
    {
        var parameters = names.Select((name, i) => Expression.Parameter(shapes[i].ClrType, name)).ToArray();
        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(_config, parameters, null, body);
        }
        catch (ParseException ex)
        {
            var types = string.Join(", ", names.Select((name, i) => $"{name}: {shapes[i].Key}"));
            throw new ExpressionException($"Expression '{text}' cannot be used with these values ({types}) at position {ex.Position + 1}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new ExpressionException($"Expression '{text}' cannot be compiled: {ex.Message}", ex);
        }

        var checkedBody = SandboxValidator.Check(lambda.Body, text);
        var args = Expression.Parameter(typeof(object?[]), "args");
        var statements = new List<Expression>();
        for (var i = 0; i < parameters.Length; i++)
        {
            statements.Add(Expression.Assign(parameters[i], shapes[i].Convert(Expression.ArrayIndex(args, Expression.Constant(i)))));
        }

        statements.Add(Expression.Convert(checkedBody, typeof(object)));
        var function = Expression.Lambda<Func<object?[], object?>>(Expression.Block(parameters, statements), args).Compile();
        Interlocked.Increment(ref _delegateCount);
        return function;
    }
}
