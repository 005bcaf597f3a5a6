using System.Globalization;
using System.Text;

namespace Samverkan.Workflows.Expressions;

/// <summary>Splits FEEL text into tokens: names, numbers, "strings" (escapes decoded), operators and comments skipped.</summary>
internal static class FeelLexer
{
    private static readonly string[] TwoCharOperators = ["**", "..", "<=", ">=", "!="];
    private const string SingleCharOperators = "()[]{},.:=<>+-*/@";

    public static List<FeelToken> Tokenize(string text, int start)
    {
        var tokens = new List<FeelToken>();
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                i = SkipComment(text, i);
            }
            else if (char.IsLetter(c) || c is '_' or '?')
            {
                var begin = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '?'))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[begin..i], begin));
            }
            else if (c == '`')
            {
                var end = text.IndexOf('`', i + 1);
                if (end < 0)
                {
                    throw Feel.SyntaxError(text, i, "a name in backticks is not closed with '`'");
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[(i + 1)..end], i));
                i = end + 1;
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var begin = i;
                i = ReadNumber(text, i);
                tokens.Add(new FeelToken(FeelTokenKind.Number, text[begin..i], begin));
            }
            else if (c == '"')
            {
                var begin = i;
                var value = ReadString(text, ref i);
                tokens.Add(new FeelToken(FeelTokenKind.String, value, begin));
            }
            else if (i + 1 < text.Length && Array.IndexOf(TwoCharOperators, text.Substring(i, 2)) >= 0)
            {
                tokens.Add(new FeelToken(FeelTokenKind.Operator, text.Substring(i, 2), i));
                i += 2;
            }
            else if (SingleCharOperators.Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new FeelToken(FeelTokenKind.Operator, c.ToString(), i));
                i++;
            }
            else
            {
                throw Feel.SyntaxError(text, i, $"unexpected character '{c}'");
            }
        }

        tokens.Add(new FeelToken(FeelTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static int SkipComment(string text, int i)
    {
        if (text[i + 1] == '/')
        {
            var newline = text.IndexOf('\n', i);
            return newline < 0 ? text.Length : newline + 1;
        }

        var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? throw Feel.SyntaxError(text, i, "a comment is not closed with '*/'") : end + 2;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        // "1..5" is a range, so a '.' only continues the number when a digit follows.
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            throw Feel.SyntaxError(text, i, $"a number cannot be followed by '{text[i]}'");
        }

        return i;
    }

    private static string ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            var escaped = text[i + 1];
            if (escaped == 'u' && i + 5 < text.Length
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                value.Append((char)code);
                i += 6;
                continue;
            }

            value.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '"' or '\'' or '\\' => escaped,
                _ => throw Feel.SyntaxError(text, i, $"unknown escape '\\{escaped}' in a string"),
            });
            i += 2;
        }

        throw Feel.SyntaxError(text, start, "a string is not closed with '\"'");
    }
}
