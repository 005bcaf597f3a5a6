using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;
using Samverkan.Rules.Helpers;
using Samverkan.Rules.RuleSets;

using Samverkan.Shared;

namespace Samverkan.Rules.Evaluation;

/// <summary>
/// Walks a parsed rule expression and rejects anything but the registered helpers, LINQ over lists and the
/// members of plain values. Dynamic LINQ alone would still allow <c>GetType()</c>, <c>DateTime.Now</c> or
/// <c>Guid.NewGuid()</c>: reflection and hidden inputs that an as-of evaluation must not have.
/// </summary>
internal sealed class ExpressionAllowList : ExpressionVisitor
{
    public static readonly Type[] HelperTypes = [typeof(Calendar), typeof(Period), typeof(WeekRanges), typeof(WeekRange), typeof(IsoWeek)];

    private static readonly HashSet<Type> Values =
    [
        typeof(string), typeof(bool), typeof(char), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(double), typeof(float),
        typeof(decimal), typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeSpan), typeof(object),
    ];

    private static readonly HashSet<Type> Collections =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>),
    ];

    private static readonly HashSet<string> ReadOnlyCollectionMethods = ["Contains", "IndexOf", "LastIndexOf", "get_Item", "Equals", "ToString"];

    private static readonly HashSet<string> StaticStringMethods = ["Concat", "Equals", "Compare", "CompareOrdinal", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Join"];

    private static readonly HashSet<string> NeverCallable = ["GetType", "GetHashCode", "MemberwiseClone", "Finalize", "GetDynamicPropertyValue", "SetDynamicPropertyValue"];

    private static readonly BilingualTerm Allowed = new(
        $"rules may call {string.Join(", ", HelperTypes.Select(t => t.Name))}, Math, LINQ over lists and members of their values",
        $"Regler får använda {string.Join(", ", HelperTypes.Select(t => t.Name))}, Math, LINQ över listor och medlemmar i sina värden");

    private ExpressionAllowList()
    {
    }

    /// <exception cref="ForbiddenExpressionException">The expression uses something not on the list.</exception>
    public static void Verify(Expression expression) => new ExpressionAllowList().Visit(expression);

    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        IsCallable(node.Method) ? base.VisitMethodCall(node) : throw Denied(RuleSetTerms.Verbatim($"{node.Method.DeclaringType?.Name}.{node.Method.Name}"));

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType!;
        var allowed = node.Expression is null
            ? IsHelper(type) || (node.Member is FieldInfo { IsInitOnly: true } or FieldInfo { IsLiteral: true } && Values.Contains(type))
            : IsReadable(type);
        return allowed ? base.VisitMember(node) : throw Denied(RuleSetTerms.Verbatim($"{type.Name}.{node.Member.Name}"));
    }

    protected override Expression VisitBinary(BinaryExpression node) =>
        node.NodeType == ExpressionType.Assign || (node.Method is not null && !IsCallable(node.Method))
            ? throw Denied(Operator(node.Method?.Name ?? "="))
            : base.VisitBinary(node);

    protected override Expression VisitUnary(UnaryExpression node) =>
        node.Method is not null && !IsCallable(node.Method) ? throw Denied(Operator(node.Method.Name)) : base.VisitUnary(node);

    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is null || node.Type.IsEnum || Values.Contains(node.Type) || node.Type.IsPrimitive
            ? node
            : throw Denied(new($"a constant of type {node.Type.Name}", $"en konstant av typen {node.Type.Name}"));

    protected override Expression VisitNew(NewExpression node) =>
        typeof(DynamicClass).IsAssignableFrom(node.Type) ? base.VisitNew(node) : throw Denied(RuleSetTerms.Verbatim($"new {node.Type.Name}"));

    protected override Expression VisitMemberInit(MemberInitExpression node) =>
        typeof(DynamicClass).IsAssignableFrom(node.Type) ? base.VisitMemberInit(node) : throw Denied(RuleSetTerms.Verbatim($"new {node.Type.Name}"));

    protected override Expression VisitNewArray(NewArrayExpression node) =>
        node.NodeType == ExpressionType.NewArrayInit && Values.Contains(node.Type.GetElementType()!)
            ? base.VisitNewArray(node)
            : throw Denied(RuleSetTerms.Verbatim($"new {node.Type.Name}"));

    protected override Expression VisitInvocation(InvocationExpression node) => throw Denied(new("calling a delegate", "att anropa en delegat"));

    protected override Expression VisitDynamic(DynamicExpression node) => throw Denied(new("dynamic member access", "dynamisk medlemsåtkomst"));

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) => throw Denied(new("type tests", "typtester"));

    protected override Expression VisitBlock(BlockExpression node) => throw Denied(new("blocks", "block"));

    protected override Expression VisitLoop(LoopExpression node) => throw Denied(new("loops", "loopar"));

    protected override Expression VisitTry(TryExpression node) => throw Denied(RuleSetTerms.Verbatim("try"));

    protected override Expression VisitGoto(GotoExpression node) => throw Denied(RuleSetTerms.Verbatim("goto"));

    protected override Expression VisitExtension(Expression node) => throw Denied(new($"the expression kind {node.GetType().Name}", $"uttryckstypen {node.GetType().Name}"));

    private static bool IsCallable(MethodInfo method)
    {
        var type = method.DeclaringType!;
        if (NeverCallable.Contains(method.Name) || typeof(MemberInfo).IsAssignableFrom(method.ReturnType) || typeof(Delegate).IsAssignableFrom(method.ReturnType))
        {
            return false;
        }

        if (IsHelper(type) || type == typeof(Enumerable) || type == typeof(Math))
        {
            return true;
        }

        if (method.IsStatic)
        {
            // Operators (decimal arithmetic, instant comparisons) and what '+' and '==' on strings compile to.
            return (Values.Contains(type) && method.Name.StartsWith("op_", StringComparison.Ordinal))
                || (type == typeof(string) && StaticStringMethods.Contains(method.Name))
                || (type == typeof(object) && method.Name == nameof(Equals))
                || (type == typeof(decimal) && method.Name is "Compare" or "Add" or "Subtract" or "Multiply" or "Divide" or "Remainder" or "Negate");
        }

        return IsCollection(type) ? ReadOnlyCollectionMethods.Contains(method.Name) : IsReadable(type);
    }

    private static bool IsReadable(Type type) =>
        Values.Contains(type) || IsHelper(type) || IsCollection(type) || typeof(DynamicClass).IsAssignableFrom(type)
        || (Nullable.GetUnderlyingType(type) is { } inner && Values.Contains(inner));

    private static bool IsHelper(Type type) => HelperTypes.Contains(type);

    private static bool IsCollection(Type type) =>
        type == typeof(Array) || type.IsArray || (type.IsGenericType && Collections.Contains(type.GetGenericTypeDefinition()));

    private static BilingualTerm Operator(string name) => new($"the operator {name}", $"operatorn {name}");

    private static ForbiddenExpressionException Denied(BilingualTerm what) => new(what, Allowed);
}
