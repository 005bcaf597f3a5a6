namespace Samverkan.Workflows.Expressions;

/// <summary>
/// A recursive-descent parser for the FEEL subset Samverkan translates. Precedence, lowest first: if/for/some/every,
/// <c>or</c>, <c>and</c>, comparisons (<c>= != &lt; &lt;= &gt; &gt;=</c>, <c>between</c>, <c>in</c>), <c>+ -</c>,
/// <c>* /</c>, <c>**</c>, unary minus, then paths, indexes and calls.
/// </summary>
internal sealed partial class FeelParser
{
    private static readonly HashSet<string> ComparisonOperators = ["=", "!=", "<", "<=", ">", ">="];

    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private int _pos;

    private FeelParser(string text, int start)
    {
        _text = text;
        _tokens = FeelLexer.Tokenize(text, start);
    }

    /// <summary>Parses FEEL text from <paramref name="start"/> (just after its '=') to the end.</summary>
    public static FeelNode Parse(string text, int start)
    {
        var parser = new FeelParser(text, start);
        if (parser.Peek.Kind == FeelTokenKind.End)
        {
            throw Feel.SyntaxError(text, start, "the expression is empty");
        }

        var node = parser.ParseExpression();
        if (parser.Peek.Kind != FeelTokenKind.End)
        {
            throw parser.Error($"unexpected '{parser.Peek.Text}'");
        }

        return node;
    }

    private FeelToken Peek => _tokens[_pos];

    private FeelToken PeekAt(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private FeelToken Advance() => _tokens[_pos++];

    private ExpressionException Error(string problem) => Feel.SyntaxError(_text, Peek.Position, problem);

    private ExpressionException Unsupported(string construct, int position, string advice) => Feel.Unsupported(_text, construct, position, advice);

    private void Expect(string op)
    {
        if (!Peek.Is(op))
        {
            throw Error(Peek.Kind == FeelTokenKind.End ? $"'{op}' expected at the end" : $"'{op}' expected instead of '{Peek.Text}'");
        }

        _pos++;
    }

    private void ExpectWord(string word)
    {
        if (!Peek.IsWord(word))
        {
            throw Error(Peek.Kind == FeelTokenKind.End ? $"'{word}' expected at the end" : $"'{word}' expected instead of '{Peek.Text}'");
        }

        _pos++;
    }

    private FeelNode ParseExpression()
    {
        var token = Peek;
        switch (token.Kind == FeelTokenKind.Name ? token.Text : null)
        {
            case "if":
                _pos++;
                var condition = ParseExpression();
                ExpectWord("then");
                var then = ParseExpression();
                ExpectWord("else");
                return new FeelNode.If(token.Position, condition, then, ParseExpression());
            case "for":
                throw Unsupported("'for ... in ... return'", token.Position,
                    "Samverkan's expressions cannot build lists; compute the list in a task or use count(), sum(), min() or max() over it");
            case "some" or "every":
                return ParseQuantified(token);
            case "function":
                throw Unsupported("'function' definition", token.Position, "call one of the built-in functions instead");
            default:
                return ParseOr();
        }
    }

    // "some x in list satisfies condition": one 'in' clause; "some x in a, y in b" would need a cross product.
    private FeelNode ParseQuantified(FeelToken keyword)
    {
        _pos++;
        if (Peek.Kind != FeelTokenKind.Name)
        {
            throw Error($"a name is expected after '{keyword.Text}'");
        }

        var variable = Advance();
        ExpectWord("in");
        var source = ParseExpression();
        if (Peek.Is(","))
        {
            throw Unsupported($"'{keyword.Text}' with several 'in' clauses", Peek.Position,
                $"write one '{keyword.Text} ... in ... satisfies' per list and join them with 'and' or 'or'");
        }

        ExpectWord("satisfies");
        var condition = ParseExpression();
        return new FeelNode.Quantified(keyword.Position, keyword.Text == "every", variable.Text, variable.Position, source, condition);
    }

    private FeelNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsWord("or"))
        {
            _pos++;
            left = new FeelNode.Binary(left.Position, "or", left, ParseAnd());
        }

        return left;
    }

    private FeelNode ParseAnd()
    {
        var left = ParseComparison();
        while (Peek.IsWord("and"))
        {
            _pos++;
            left = new FeelNode.Binary(left.Position, "and", left, ParseComparison());
        }

        return left;
    }

    private FeelNode ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            var token = Peek;
            if (token.Kind == FeelTokenKind.Operator && ComparisonOperators.Contains(token.Text))
            {
                _pos++;
                left = new FeelNode.Binary(left.Position, token.Text, left, ParseAdditive());
            }
            else if (token.IsWord("between"))
            {
                _pos++;
                var low = ParseAdditive();
                ExpectWord("and");
                left = new FeelNode.Between(left.Position, left, low, ParseAdditive());
            }
            else if (token.IsWord("in"))
            {
                _pos++;
                left = new FeelNode.In(left.Position, left, ParseInTests());
            }
            else if (token.IsWord("instance") && PeekAt(1).IsWord("of"))
            {
                throw Unsupported("'instance of'", token.Position, "Samverkan's expressions are typed by the values; compare the value instead");
            }
            else
            {
                return left;
            }
        }
    }

    private FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var op = Advance().Text;
            left = new FeelNode.Binary(left.Position, op, left, ParseMultiplicative());
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParseExponent();
        while (Peek.Is("*") || Peek.Is("/"))
        {
            var op = Advance().Text;
            left = new FeelNode.Binary(left.Position, op, left, ParseExponent());
        }

        return left;
    }

    private FeelNode ParseExponent()
    {
        var operand = ParseUnary();
        if (Peek.Is("**"))
        {
            throw Unsupported("'**' (exponentiation)", Peek.Position, "multiply the value by itself, e.g. x * x");
        }

        return operand;
    }

    private FeelNode ParseUnary()
    {
        if (Peek.Is("-"))
        {
            var position = Advance().Position;
            return new FeelNode.Negate(position, ParseUnary());
        }

        return ParsePostfix(ParsePrimary());
    }

    // In "x in ]1..5[" the '[' closes the range: nothing that can start an index follows it.
    private static bool EndsARange(FeelToken next) =>
        next.Kind == FeelTokenKind.End || next.Is(")") || next.Is(",") || next.Is("]")
        || next.IsWord("and") || next.IsWord("or") || next.IsWord("then") || next.IsWord("else");

    private FeelNode ParsePostfix(FeelNode node)
    {
        while (true)
        {
            if (Peek.Is("."))
            {
                _pos++;
                if (Peek.Kind != FeelTokenKind.Name)
                {
                    throw Error("a name is expected after '.'");
                }

                node = new FeelNode.Member(node.Position, node, Advance().Text);
            }
            else if (Peek.Is("[") && !EndsARange(PeekAt(1)))
            {
                _pos++;
                var selector = ParseExpression();
                Expect("]");
                node = new FeelNode.Index(node.Position, node, selector);
            }
            else if (Peek.Is("("))
            {
                throw Unsupported("call of a computed function", Peek.Position, "call a built-in function by its name");
            }
            else
            {
                return node;
            }
        }
    }
}
