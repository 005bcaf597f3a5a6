namespace Samverkan.Workflows.Expressions;

/// <summary>
/// A structural parse of expression text that needs no variable types: it finds syntax errors, forbidden
/// constructs and the free variables. Dynamic LINQ type-checks while parsing, so before run time it cannot
/// tell "amount > 5" (fine once amount is a number) from a real error; this pass can.
/// </summary>
internal sealed class SyntaxChecker
{
    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "true", "false", "null", "it", "parent", "root" };
    // Dynamic LINQ keywords that create or test types; typeof(...), cast(...) and the like fall to "unknown function".
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase) { "new", "as", "is" };
    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase) { "iif", "np" };
    private static readonly HashSet<string> WordOperators = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "mod", "in" };
    private static readonly HashSet<string> SymbolOperators = new(StringComparer.Ordinal) { "||", "&&", "|", "&", "^", "==", "!=", "<>", "=", "<", ">", "<=", ">=", "<<", ">>", "+", "-", "*", "/", "%", "??" };
    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.OrdinalIgnoreCase) { "GetType", "Assembly", "Module", "DeclaringType", "Invoke", "DynamicInvoke" };

    // Names Dynamic LINQ resolves as types before variables; calling through them would bypass the helper list.
    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal)
    {
        "Object", "object", "Boolean", "bool", "Char", "char", "String", "string", "SByte", "sbyte", "Byte", "byte",
        "Int16", "short", "UInt16", "ushort", "Int32", "int", "UInt32", "uint", "Int64", "long", "UInt64", "ulong",
        "Single", "float", "Double", "double", "Decimal", "decimal", "DateTime", "DateTimeOffset", "TimeSpan", "DateOnly",
        "TimeOnly", "Guid", "Math", "Convert", "Uri", "Enum", "System", "Type", "Activator", "Environment", "AppDomain", "GC",
    };

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<string> _variables = [];
    private readonly List<string> _lambdaParameters = [];
    private int _pos;

    private SyntaxChecker(string text)
    {
        _text = text;
        _tokens = Tokenizer.Tokenize(text);
    }

    /// <summary>Checks unwrapped expression text and returns the free variables in order of first use.</summary>
    public static IReadOnlyList<string> Check(string text)
    {
        var checker = new SyntaxChecker(text);
        if (checker.Peek.Kind == TokenKind.End)
        {
            throw new ExpressionException("Expression is empty");
        }

        checker.ParseExpression();
        if (checker.Peek.Kind != TokenKind.End)
        {
            throw checker.Error($"unexpected '{checker.Peek.Text}'");
        }

        return checker._variables;
    }

    private Token Peek => _tokens[_pos];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private Token Advance() => _tokens[_pos++];

    private ExpressionException Error(string problem) => Tokenizer.SyntaxError(_text, Peek.Position, problem);

    private void Expect(string op)
    {
        if (!Peek.Is(op))
        {
            throw Error(Peek.Kind == TokenKind.End ? $"'{op}' expected at the end" : $"'{op}' expected instead of '{Peek.Text}'");
        }

        _pos++;
    }

    private void ParseExpression()
    {
        if (Peek.Kind == TokenKind.Identifier && PeekAt(1).Is("=>"))
        {
            _lambdaParameters.Add(Advance().Text);
            _pos++;
            ParseExpression();
            _lambdaParameters.RemoveAt(_lambdaParameters.Count - 1);
            return;
        }

        ParseBinary();
        if (Peek.Is("?"))
        {
            _pos++;
            ParseExpression();
            Expect(":");
            ParseExpression();
        }
    }

    private void ParseBinary()
    {
        ParseUnary();
        while (IsBinaryOperator(Peek))
        {
            var op = Advance();
            if (op.Text.Equals("in", StringComparison.OrdinalIgnoreCase) && Peek.Is("("))
            {
                ParseArguments(")");
                continue;
            }

            ParseUnary();
        }
    }

    private static bool IsBinaryOperator(Token token) =>
        (token.Kind == TokenKind.Operator && SymbolOperators.Contains(token.Text))
        || (token.Kind == TokenKind.Identifier && WordOperators.Contains(token.Text));

    private void ParseUnary()
    {
        if (Peek.Kind == TokenKind.Operator && Peek.Text is "!" or "-" or "+" or "~"
            || Peek.Kind == TokenKind.Identifier && Peek.Text.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            _pos++;
            ParseUnary();
            return;
        }

        ParsePostfix();
    }

    private void ParsePostfix()
    {
        var helper = ParsePrimary();
        while (true)
        {
            if (Peek.Is(".") || Peek.Is("?."))
            {
                _pos++;
                if (Peek.Kind != TokenKind.Identifier)
                {
                    throw Error("member name expected after '.'");
                }

                var member = Advance();
                if (ForbiddenMembers.Contains(member.Text))
                {
                    throw Tokenizer.SyntaxError(_text, member.Position, $"'{member.Text}' is not allowed in expressions");
                }

                var arguments = Peek.Is("(") ? ParseArguments(")") : -1;
                if (helper is not null)
                {
                    CheckHelperCall(helper, member, arguments);
                }
            }
            else if (Peek.Is("["))
            {
                ParseArguments("]");
            }
            else
            {
                return;
            }

            helper = null;
        }
    }

    private string? ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.String:
                _pos++;
                return null;
            case TokenKind.Operator when token.Text == "(":
                _pos++;
                ParseExpression();
                Expect(")");
                return null;
            case TokenKind.Identifier:
                return ParseIdentifier(token);
            case TokenKind.End:
                throw Error("expression expected at the end");
            default:
                throw Error($"unexpected '{token.Text}'");
        }
    }

    private string? ParseIdentifier(Token token)
    {
        var name = token.Text;
        var next = PeekAt(1);
        if (Forbidden.Contains(name))
        {
            throw Error($"'{name}' is not allowed in expressions");
        }

        _pos++;
        if (Constants.Contains(name) || _lambdaParameters.Contains(name))
        {
            return null;
        }

        if (next.Is("("))
        {
            if (!Functions.Contains(name))
            {
                throw Tokenizer.SyntaxError(_text, token.Position, $"unknown function '{name}'; only iif(...) and np(...) can be called on their own");
            }

            ParseArguments(")");
            return null;
        }

        if (next.Is(".") && ExpressionHelpers.ByName.ContainsKey(name))
        {
            return name;
        }

        if ((next.Is(".") || next.Is("?.")) && TypeNames.Contains(name))
        {
            throw Tokenizer.SyntaxError(_text, token.Position, $"type '{name}' cannot be used in expressions; only {string.Join(", ", ExpressionHelpers.ByName.Keys)} can");
        }

        if (!_variables.Contains(name))
        {
            _variables.Add(name);
        }

        return null;
    }

    private int ParseArguments(string close)
    {
        _pos++;
        if (Peek.Is(close))
        {
            _pos++;
            return 0;
        }

        var count = 1;
        ParseExpression();
        while (Peek.Is(","))
        {
            _pos++;
            ParseExpression();
            count++;
        }

        Expect(close);
        return count;
    }

    private void CheckHelperCall(string helper, Token member, int arguments)
    {
        var type = ExpressionHelpers.ByName[helper];
        var methods = type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(m => m.Name == member.Text)
            .ToList();
        if (methods.Count == 0 || arguments < 0)
        {
            throw Tokenizer.SyntaxError(_text, member.Position, $"{helper} has no function '{member.Text}'");
        }

        if (!methods.Any(m => Accepts(m.GetParameters(), arguments)))
        {
            var expected = string.Join(" or ", methods.Select(m => m.GetParameters().Length).Distinct());
            throw Tokenizer.SyntaxError(_text, member.Position, $"{helper}.{member.Text} takes {expected} argument(s), not {arguments}");
        }
    }

    // A params array (FeelFunctions.List) takes any number of arguments from the fixed ones on.
    private static bool Accepts(System.Reflection.ParameterInfo[] parameters, int arguments) =>
        parameters.Length == arguments
        || (parameters.Length > 0 && arguments >= parameters.Length - 1 && parameters[^1].IsDefined(typeof(ParamArrayAttribute), false));
}
