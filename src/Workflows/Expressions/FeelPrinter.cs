using System.Globalization;

namespace Samverkan.Workflows.Expressions;

/// <summary>Writes a FEEL tree as Dynamic LINQ text, refusing what the target cannot express.</summary>
/// <remarks>Every operation is parenthesised, so Dynamic LINQ's precedence never has to match FEEL's.</remarks>
internal sealed partial class FeelPrinter(string text)
{
    // Names Dynamic LINQ or Samverkan's checker read as something other than a variable.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "parent", "root", "new", "as", "is", "iif", "np", "eq", "ne", "lt", "gt", "le", "ge", "mod", "in", "not", "and", "or",
    };

    public string Print(FeelNode node) => node switch
    {
        FeelNode.Literal literal => literal.Text,
        FeelNode.Name name => PrintName(name.Text, name.Position),
        FeelNode.Member member => $"{Print(member.Target)}.{Identifier(member.Field, member.Position)}",
        FeelNode.Index index => PrintIndex(index),
        FeelNode.Negate { Operand: FeelNode.Literal { IsNumber: true } number } => "-" + number.Text,
        FeelNode.Negate negate => $"-({Print(negate.Operand)})",
        FeelNode.Binary binary => PrintBinary(binary),
        FeelNode.Between between => $"({Print(between.Value)} >= {Print(between.Low)} && {Print(between.Value)} <= {Print(between.High)})",
        FeelNode.In test => "(" + string.Join(" || ", test.Tests.Select(t => PrintTest(test.Value, t))) + ")",
        FeelNode.If choice => $"iif({Print(choice.Condition)}, {Print(choice.Then)}, {Print(choice.Else)})",
        FeelNode.Call call => PrintCall(call),
        FeelNode.List list => "FeelFunctions.List(" + string.Join(", ", list.Items.Select(Print)) + ")",
        FeelNode.Quantified quantified =>
            $"{Print(quantified.Source)}.{(quantified.Every ? "All" : "Any")}({PrintName(quantified.Variable, quantified.VariablePosition)} => {Print(quantified.Condition)})",
        FeelNode.Range range => throw Unsupported("range", range.Position, "use a range only after 'in', e.g. x in [1..10]"),
        FeelNode.Comparison comparison => throw Unsupported($"unary test '{comparison.Operator} ...'", comparison.Position,
            "write a full comparison such as x > 5, or use it after 'in'"),
        _ => throw new InvalidOperationException($"Unknown FEEL node {node.GetType().Name}"),
    };

    private ExpressionException Unsupported(string construct, int position, string advice) => Feel.Unsupported(text, construct, position, advice);

    private string PrintName(string name, int position)
    {
        if (ReservedNames.Contains(name) || ExpressionHelpers.ByName.ContainsKey(name))
        {
            throw Unsupported($"variable name '{name}'", position, "the name is reserved in Samverkan's expressions; rename the variable");
        }

        return Identifier(name, position);
    }

    private string Identifier(string name, int position) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? name
            : throw Unsupported($"name '{name}'", position, "names may only have letters, digits and '_'; rename the variable");

    private string PrintBinary(FeelNode.Binary binary)
    {
        var left = Print(binary.Left);
        var right = Print(binary.Right);
        return binary.Operator switch
        {
            // Dynamic LINQ has no '+' / '-' for dates and time spans, so they go through typed helper overloads.
            "+" when IsTemporal(binary.Left) || IsTemporal(binary.Right) => $"FeelFunctions.Add({left}, {right})",
            "-" when IsTemporal(binary.Left) || IsTemporal(binary.Right) => $"FeelFunctions.Subtract({left}, {right})",
            // FEEL numbers are decimals, so 7 / 2 is 3.5; Dynamic LINQ would divide whole numbers as integers.
            "/" => $"(1.0 * {left} / {right})",
            "=" => $"({left} == {right})",
            "and" => $"({left} && {right})",
            "or" => $"({left} || {right})",
            var op => $"({left} {op} {right})",
        };
    }

    private static bool IsTemporal(FeelNode node) => node switch
    {
        FeelNode.Call { Function: "now" or "today" or "date" or "date and time" or "duration" } => true,
        FeelNode.Name { Text: "now" } => true,
        FeelNode.Binary { Operator: "+" or "-" } binary => IsTemporal(binary.Left) || IsTemporal(binary.Right),
        _ => false,
    };

    private string PrintIndex(FeelNode.Index index)
    {
        var target = Print(index.Target);
        switch (index.Selector)
        {
            case FeelNode.Literal { IsNumber: true } number:
                return $"{target}[{WholeNumber(number) - 1}]";
            case FeelNode.Negate { Operand: FeelNode.Literal { IsNumber: true } number }:
                return $"{target}[{target}.Count() - {WholeNumber(number)}]";
            case FeelNode.Binary { Operator: "=" or "!=" or "<" or "<=" or ">" or ">=" or "and" or "or" }
                or FeelNode.Between or FeelNode.In or FeelNode.Literal or FeelNode.Call { Function: "not" }:
                throw Unsupported("filter 'list[condition]'", index.Selector.Position,
                    "Samverkan's expressions cannot filter lists; test membership with 'list contains(list, value)' or filter the list in a task");
            default:
                return $"{target}[FeelFunctions.Index({Print(index.Selector)}, {target}.Count())]";
        }
    }

    private int WholeNumber(FeelNode.Literal number) =>
        int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Feel.SyntaxError(text, number.Position, $"a list index is a whole number from 1 (FEEL lists start at 1), not {number.Text}");

    private string PrintTest(FeelNode value, FeelNode test)
    {
        var subject = Print(value);
        return test switch
        {
            FeelNode.Range range =>
                $"({subject} {(range.LowIncluded ? ">=" : ">")} {Print(range.Low)} && {subject} {(range.HighIncluded ? "<=" : "<")} {Print(range.High)})",
            FeelNode.Comparison comparison => $"({subject} {(comparison.Operator == "=" ? "==" : comparison.Operator)} {Print(comparison.Operand)})",
            FeelNode.Literal literal => $"({subject} == {literal.Text})",
            FeelNode.Negate { Operand: FeelNode.Literal } negated => $"({subject} == {Print(negated)})",

            // A list value tests membership, any other value equality; which it is shows only at run time.
            _ => $"FeelFunctions.In({subject}, {Print(test)})",
        };
    }
}
