namespace Samverkan.Workflows.Expressions;

/// <summary>Splits expression text into tokens following System.Linq.Dynamic.Core's lexical rules closely enough to report errors before run time.</summary>
internal static class Tokenizer
{
    private static readonly string[] TwoCharOperators = ["?.", "??", "=>", "==", "!=", "<>", "<=", ">=", "&&", "||", "<<", ">>"];
    private const string SingleCharOperators = "()[]{},.?:!=<>&|+-*/%^~";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i].TrimStart('@'), start));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                i = ReadNumber(text, i);
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                var start = i;
                i = ReadString(text, i);
                tokens.Add(new Token(TokenKind.String, text[start..i], start));
            }
            else if (i + 1 < text.Length && Array.IndexOf(TwoCharOperators, text.Substring(i, 2)) >= 0)
            {
                tokens.Add(new Token(TokenKind.Operator, text.Substring(i, 2), i));
                i += 2;
            }
            else if (SingleCharOperators.Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(TokenKind.Operator, c.ToString(), i));
                i++;
            }
            else
            {
                throw SyntaxError(text, i, $"unexpected character '{c}'");
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    public static ExpressionException SyntaxError(string text, int position, string problem) =>
        new($"Syntax error at position {position + 1} in expression '{text}': {problem}");

    private static int ReadNumber(string text, int i)
    {
        if (text[i] == '0' && i + 1 < text.Length && text[i + 1] is 'x' or 'X')
        {
            i += 2;
            while (i < text.Length && Uri.IsHexDigit(text[i]))
            {
                i++;
            }

            return i;
        }

        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        // A '.' followed by a digit continues the number; otherwise it is member access (e.g. 5.ToString is not ours to judge).
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsDigit(text[j]))
            {
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        while (i < text.Length && "lLuUfFdDmM".Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            throw SyntaxError(text, i, $"invalid number '{text[..(i + 1)].Split(' ', '(', ')').Last()}'");
        }

        return i;
    }

    private static int ReadString(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote)
            {
                return i + 1;
            }

            i++;
        }

        throw SyntaxError(text, start, "unterminated string literal");
    }
}
