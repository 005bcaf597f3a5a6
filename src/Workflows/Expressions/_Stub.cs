// TEMPORARY stand-in until the expressions branch is merged; replaced wholesale then.
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Expressions;

public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);

public static class ExpressionText
{
    public static bool IsExpression(string? text) => text is not null && (text.Contains("${") || text.Contains("#{"));
    public static string Unwrap(string text)
    {
        var t = text.Trim();
        return (t.StartsWith("${") || t.StartsWith("#{")) && t.EndsWith('}') ? t[2..^1].Trim() : t;
    }
}

public sealed class ExpressionCompiler
{
    private readonly ConcurrentDictionary<string, CompiledExpression> _cache = new();
    public CompiledExpression Compile(string text) => _cache.GetOrAdd(text, t => new CompiledExpression(t));
}

public sealed class CompiledExpression
{
    private readonly ConcurrentDictionary<string, Delegate> _byShape = new();
    internal CompiledExpression(string text) { Text = text; Body = ExpressionText.Unwrap(text); }
    public string Text { get; }
    private string Body { get; }
    public IReadOnlyList<string> VariableNames => [];

    public object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var names = variables.Keys.Where(k => Body.Contains(k)).OrderBy(k => k).ToArray();
        var shape = string.Join(";", names.Select(n => n + ":" + (variables[n]?.GetType().Name ?? "null")));
        try
        {
            var del = _byShape.GetOrAdd(shape, _ =>
            {
                var ps = names.Select(n => Expression.Parameter(variables[n]?.GetType() ?? typeof(object), n)).ToArray();
                return DynamicExpressionParser.ParseLambda(ps, typeof(object), Body).Compile();
            });
            return del.DynamicInvoke(names.Select(n => variables[n]).ToArray());
        }
        catch (Exception e) { throw new ExpressionException($"Expression '{Text}' failed: {e.InnerException?.Message ?? e.Message}", e); }
    }
}

public static class ValueConversions
{
    public static bool ToBoolean(object? v) => v is bool b ? b : throw new ExpressionException($"gave {v ?? "null"}, not true/false");
    public static IReadOnlyList<string> ToStringList(object? v) => v switch
    {
        null => [],
        string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object?> l => l.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").ToList(),
        _ => throw new ExpressionException("not a list"),
    };
    public static DateTimeOffset ToDateTimeOffset(object? v, DateTimeOffset now) => v switch
    {
        DateTimeOffset d => d,
        TimeSpan t => now + t,
        string s when s.StartsWith('P') => now + System.Xml.XmlConvert.ToTimeSpan(s),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new ExpressionException("not a date"),
    };
    public static IEnumerable<object?> ToEnumerable(object? v) => v as IEnumerable<object?> ?? throw new ExpressionException("not a collection");
    public static int ToInt(object? v) => Convert.ToInt32(v, CultureInfo.InvariantCulture);
}

public sealed class TimerSpec
{
    private TimerKind _kind; private DateTimeOffset? _date; private TimeSpan _period; private int? _reps;
    public int? Repetitions => _reps;
    public static bool TryParse(TimerKind kind, string text, out TimerSpec? spec, out string? error)
    {
        spec = null; error = null;
        try
        {
            var s = new TimerSpec { _kind = kind };
            if (kind == TimerKind.Date) s._date = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
            else if (kind == TimerKind.Duration) s._period = System.Xml.XmlConvert.ToTimeSpan(text);
            else { var parts = text.Split('/'); s._reps = parts[0].Length > 1 ? int.Parse(parts[0][1..], CultureInfo.InvariantCulture) : null; s._period = System.Xml.XmlConvert.ToTimeSpan(parts[^1]); }
            spec = s; return true;
        }
        catch (Exception e) { error = e.Message; return false; }
    }
    public static TimerSpec FromValue(TimerKind kind, object? value) =>
        TryParse(kind, value switch { TimeSpan t => System.Xml.XmlConvert.ToString(t), DateTimeOffset d => d.ToString("O"), _ => value?.ToString() ?? "" }, out var s, out var err) ? s! : throw new ExpressionException(err!);
    public DateTimeOffset? FirstDue(DateTimeOffset now) => _kind == TimerKind.Date ? _date : now + _period;
    public DateTimeOffset? NextDue(DateTimeOffset previousDue, int firedCount) =>
        _kind != TimerKind.Cycle || (_reps is int r && firedCount >= r) ? null : previousDue + _period;
}

public sealed class ExpressionChecker(ExpressionCompiler compiler) : Samverkan.Workflows.Abstractions.IExpressionChecker
{
    public string? CheckExpression(string text) => compiler is null ? "x" : null;
    public string? CheckTimer(TimerKind kind, string value) => null;
}
