using System.Globalization;

namespace Samverkan.Workflows.Expressions;

/// <content>Literals, names, function calls, lists and the tests after <c>in</c>.</content>
internal sealed partial class FeelParser
{
    // Words that end a function name made of several words: "x and count(y)" is not a function "x and count".
    private static readonly HashSet<string> StopWords = ["and", "or", "between", "in", "instance", "then", "else", "satisfies", "return", "if", "for", "some", "every"];
    private static readonly string[][] NamesWithAnd = [["date", "and", "time"], ["years", "and", "months", "duration"]];

    private FeelNode ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                _pos++;
                var number = token.Text.StartsWith('.') ? "0" + token.Text : token.Text;
                return new FeelNode.Literal(token.Position, number, IsNumber: true);
            case FeelTokenKind.String:
                _pos++;
                return new FeelNode.Literal(token.Position, Feel.StringLiteral(token.Text), IsNumber: false);
            case FeelTokenKind.Name:
                return ParseName(token);
            case FeelTokenKind.End:
                throw Error("an expression is expected at the end");
        }

        switch (token.Text)
        {
            case "(":
                _pos++;
                var inner = ParseExpression();
                Expect(")");
                return inner;
            case "[":
                return ParseList();
            case "{":
                throw Unsupported("context literal '{...}'", token.Position,
                    "Samverkan's expressions cannot build objects; pass the values as separate variables or build the object in a task");
            case "@":
                return ParseTemporalLiteral(token);
            case "<" or "<=" or ">" or ">=" or "=" or "!=":
                throw Unsupported($"unary test '{token.Text} ...'", token.Position, "write a full comparison such as x > 5, or use it after 'in'");
            default:
                throw Error($"unexpected '{token.Text}'");
        }
    }

    private FeelNode ParseName(FeelToken token)
    {
        switch (token.Text)
        {
            case "true" or "false" or "null":
                _pos++;
                return new FeelNode.Literal(token.Position, token.Text, IsNumber: false);
            case "if" or "for" or "some" or "every" or "function":
                return ParseExpression();
        }

        var words = FunctionNameLength();
        if (words == 0)
        {
            _pos++;
            return new FeelNode.Name(token.Position, token.Text);
        }

        var name = string.Join(" ", _tokens.Skip(_pos).Take(words).Select(t => t.Text));
        _pos += words;
        return new FeelNode.Call(token.Position, name, ParseArguments(name));
    }

    // How many name tokens from here form a function name followed by '('; 0 when this is not a call.
    private int FunctionNameLength()
    {
        foreach (var words in NamesWithAnd)
        {
            if (Enumerable.Range(0, words.Length).All(i => PeekAt(i).IsWord(words[i])) && PeekAt(words.Length).Is("("))
            {
                return words.Length;
            }
        }

        var count = 0;
        while (PeekAt(count).Kind == FeelTokenKind.Name && (count == 0 || !StopWords.Contains(PeekAt(count).Text)))
        {
            count++;
        }

        return count > 0 && PeekAt(count).Is("(") ? count : 0;
    }

    private List<FeelNode> ParseArguments(string function)
    {
        Expect("(");
        var arguments = new List<FeelNode>();
        if (Peek.Is(")"))
        {
            _pos++;
            return arguments;
        }

        do
        {
            if (Peek.Kind == FeelTokenKind.Name && PeekAt(1).Is(":"))
            {
                throw Unsupported($"named parameter '{Peek.Text}:' in {function}(...)", Peek.Position, "pass the arguments by position");
            }

            arguments.Add(ParseExpression());
        }
        while (Peek.Is(",") && Advance().Is(","));

        Expect(")");
        return arguments;
    }

    private FeelNode ParseList()
    {
        var start = Advance().Position;
        var items = new List<FeelNode>();
        if (Peek.Is("]"))
        {
            _pos++;
            return new FeelNode.List(start, items);
        }

        var first = ParseExpression();
        if (Peek.Is(".."))
        {
            throw Unsupported("range '[..]'", start, "use a range only after 'in', e.g. x in [1..10]");
        }

        items.Add(first);
        while (Peek.Is(","))
        {
            _pos++;
            items.Add(ParseExpression());
        }

        Expect("]");
        return new FeelNode.List(start, items);
    }

    private FeelNode ParseTemporalLiteral(FeelToken at)
    {
        _pos++;
        if (Peek.Kind != FeelTokenKind.String)
        {
            throw Error("a string is expected after '@'");
        }

        var value = Advance().Text;
        var literal = new FeelNode.Literal(at.Position + 1, Feel.StringLiteral(value), IsNumber: false);
        var function = value.TrimStart('-').StartsWith('P') ? "duration"
            : value.Contains('T', StringComparison.Ordinal) ? "date and time"
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? "date"
            : throw Unsupported($"time literal '@\"{value}\"'", at.Position, "Samverkan has no time-of-day values; write a date and time");
        return new FeelNode.Call(at.Position, function, [literal]);
    }

    private IReadOnlyList<FeelNode> ParseInTests()
    {
        var token = Peek;
        if (token.Kind == FeelTokenKind.Operator && token.Text is "(" or "[" or "]")
        {
            _pos++;
            var first = ParseTest();
            if (Peek.Is(".."))
            {
                _pos++;
                var high = ParseAdditive();
                var close = Peek;
                if (!(close.Is("]") || close.Is(")") || close.Is("[")))
                {
                    throw Error("a range ends with ']', ')' or '['");
                }

                _pos++;
                return [new FeelNode.Range(token.Position, first, token.Text == "[", high, close.Text == "]")];
            }

            if (token.Text == "]")
            {
                throw Error("'..' expected in a range that starts with ']'");
            }

            var tests = new List<FeelNode> { first };
            while (Peek.Is(","))
            {
                _pos++;
                tests.Add(ParseTest());
            }

            Expect(token.Text == "(" ? ")" : "]");
            return tests;
        }

        return [ParseTest()];
    }

    private FeelNode ParseTest()
    {
        var token = Peek;
        if (token.Kind == FeelTokenKind.Operator && token.Text is "<" or "<=" or ">" or ">=" or "=" or "!=")
        {
            _pos++;
            return new FeelNode.Comparison(token.Position, token.Text, ParseAdditive());
        }

        return ParseAdditive();
    }
}
