namespace Samverkan.Workflows.Expressions;

/// <content>The built-in FEEL functions Samverkan translates, each to a member of the value or a helper.</content>
internal sealed partial class FeelPrinter
{
    private delegate string Translation(FeelPrinter printer, IReadOnlyList<FeelNode> arguments);

    private static readonly Dictionary<string, (int Min, int Max, Translation Write)> Functions = new(StringComparer.Ordinal)
    {
        ["not"] = (1, 1, (p, a) => $"!({p.Print(a[0])})"),
        ["count"] = (1, 1, (p, a) => $"{p.Print(a[0])}.Count()"),
        ["sum"] = (1, 1, (p, a) => $"FeelFunctions.Sum({p.Print(a[0])})"),
        ["min"] = (1, int.MaxValue, (p, a) => p.Extreme(a, "Min", "<=")),
        ["max"] = (1, int.MaxValue, (p, a) => p.Extreme(a, "Max", ">=")),
        ["string length"] = (1, 1, (p, a) => $"{p.Print(a[0])}.Length"),
        ["upper case"] = (1, 1, (p, a) => $"{p.Print(a[0])}.ToUpperInvariant()"),
        ["lower case"] = (1, 1, (p, a) => $"{p.Print(a[0])}.ToLowerInvariant()"),
        ["contains"] = (2, 2, (p, a) => $"{p.Print(a[0])}.Contains({p.Print(a[1])})"),
        ["starts with"] = (2, 2, (p, a) => $"FeelFunctions.StartsWith({p.Print(a[0])}, {p.Print(a[1])})"),
        ["ends with"] = (2, 2, (p, a) => $"FeelFunctions.EndsWith({p.Print(a[0])}, {p.Print(a[1])})"),
        ["substring"] = (2, 3, (p, a) => a.Count == 2
            ? $"FeelFunctions.Substring({p.Print(a[0])}, {p.Print(a[1])})"
            : $"FeelFunctions.Substring({p.Print(a[0])}, {p.Print(a[1])}, {p.Print(a[2])})"),
        ["string join"] = (1, 2, (p, a) => $"Lists.Join({p.Print(a[0])}, {(a.Count == 2 ? p.Print(a[1]) : "\"\"")})"),
        ["list contains"] = (2, 2, (p, a) => $"Lists.Contains({p.Print(a[0])}, {p.Print(a[1])})"),
        ["string"] = (1, 1, (p, a) => $"FeelFunctions.String({p.Print(a[0])})"),
        ["number"] = (1, 1, (p, a) => $"FeelFunctions.Number({p.Print(a[0])})"),
        ["now"] = (0, 0, (_, _) => "now"),
        ["today"] = (0, 0, (_, _) => "FeelFunctions.Today(now)"),
        ["date and time"] = (1, 1, (p, a) => $"FeelFunctions.DateAndTime({p.Print(a[0])})"),
        ["date"] = (1, 1, (p, a) => $"FeelFunctions.Date({p.Print(a[0])})"),
        ["duration"] = (1, 1, (p, a) => p.Duration(a[0])),
    };

    private string PrintCall(FeelNode.Call call)
    {
        if (call.Function == "is defined")
        {
            throw Unsupported("'is defined(...)'", call.Position,
                "a missing variable is an error in Samverkan; give the variable a value (null if need be) and compare it with null");
        }

        if (!Functions.TryGetValue(call.Function, out var function))
        {
            throw Unsupported($"function '{call.Function}(...)'", call.Position,
                $"the functions Samverkan translates are {string.Join(", ", Functions.Keys.Order(StringComparer.Ordinal))}");
        }

        if (call.Arguments.Count < function.Min || call.Arguments.Count > function.Max)
        {
            var expected = function.Min == function.Max ? $"{function.Min}" : function.Max == int.MaxValue ? $"{function.Min} or more" : $"{function.Min} to {function.Max}";
            throw Feel.SyntaxError(text, call.Position, $"{call.Function}(...) takes {expected} argument(s), not {call.Arguments.Count}");
        }

        return function.Write(this, call.Arguments);
    }

    // min(list) / max(list) aggregate a list; min(a, b, ...) picks among the arguments.
    private string Extreme(IReadOnlyList<FeelNode> arguments, string aggregate, string keeps)
    {
        if (arguments.Count == 1)
        {
            return $"{Print(arguments[0])}.{aggregate}()";
        }

        var result = Print(arguments[0]);
        foreach (var argument in arguments.Skip(1))
        {
            var next = Print(argument);
            result = $"iif({result} {keeps} {next}, {result}, {next})";
        }

        return result;
    }

    private string Duration(FeelNode argument)
    {
        if (argument is FeelNode.Literal { IsNumber: false } literal && literal.Text.StartsWith('"'))
        {
            var value = literal.Text[1..^1];
            if (!IsoDuration.TryParse(value.TrimStart('-'), out var duration))
            {
                throw Feel.SyntaxError(text, literal.Position, $"{literal.Text} is not an ISO-8601 duration such as \"P3D\" or \"PT1H30M\"");
            }

            if (duration.Years != 0 || duration.Months != 0)
            {
                throw Unsupported($"years and months duration {literal.Text}", literal.Position,
                    "Samverkan durations are days and time; write days, e.g. \"P30D\"");
            }
        }

        return $"FeelFunctions.Duration({Print(argument)})";
    }
}
