using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;

namespace Samverkan.Workflows.Expressions;

/// <summary>
/// Walks the tree Dynamic LINQ produced and rejects anything outside an allow-list of types and members;
/// a second line of defence behind the syntax check and the restricted type provider. It also turns
/// object == object into Equals so that values, not references, are compared.
/// </summary>
internal sealed class SandboxValidator : ExpressionVisitor
{
    private static readonly MethodInfo ObjectEquals = typeof(object).GetMethod(nameof(object.Equals), [typeof(object), typeof(object)])!;

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(float),
        typeof(DateTimeOffset), typeof(TimeSpan), typeof(char),
    ];

    private static readonly HashSet<Type> Collections =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>),
    ];

    private readonly string _text;

    private SandboxValidator(string text) => _text = text;

    public static Expression Check(Expression body, string text) => new SandboxValidator(text).Visit(body);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!IsAllowed(node.Method))
        {
            throw Denied($"{node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType;
        var isStatic = node.Expression is null;
        if (isStatic || type is null || !(IsValueType(type) || IsCollection(type) || typeof(DynamicClass).IsAssignableFrom(type) || IsNullable(type)))
        {
            throw Denied($"{type?.Name}.{node.Member.Name}");
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node is { NodeType: ExpressionType.Equal or ExpressionType.NotEqual, Method: null }
            && node.Left.Type == typeof(object) && node.Right.Type == typeof(object))
        {
            var equals = Expression.Call(ObjectEquals, Visit(node.Left), Visit(node.Right));
            return node.NodeType == ExpressionType.Equal ? equals : Expression.Not(equals);
        }

        if (node.Method is not null && !IsAllowed(node.Method))
        {
            throw Denied($"{node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is null or string || IsValueType(node.Type) || node.Type.IsPrimitive
            ? node
            : throw Denied($"a constant of type {node.Type.Name}");

    protected override Expression VisitNew(NewExpression node) => throw Denied($"new {node.Type.Name}");

    protected override Expression VisitMemberInit(MemberInitExpression node) => throw Denied($"new {node.Type.Name}");

    // object[] is what a params call such as FeelFunctions.List(a, b) builds; its items are visited like any other.
    protected override Expression VisitNewArray(NewArrayExpression node) =>
        node.NodeType == ExpressionType.NewArrayInit && (IsValueType(node.Type.GetElementType()!) || node.Type.GetElementType() == typeof(object))
            ? base.VisitNewArray(node)
            : throw Denied($"new {node.Type.Name}");

    protected override Expression VisitDynamic(DynamicExpression node) => throw Denied("dynamic member access");

    protected override Expression VisitInvocation(InvocationExpression node) => throw Denied("delegate invocation");

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) => throw Denied("type tests");

    private ExpressionException Denied(string what) =>
        new($"Expression '{_text}' uses {what}, which is not allowed; expressions may only call {string.Join(", ", ExpressionHelpers.ByName.Keys)} and members of their values");

    private static bool IsAllowed(MethodInfo method)
    {
        var type = method.DeclaringType!;
        if (method.Name is nameof(GetType) or "GetHashCode" or "MemberwiseClone" || typeof(MemberInfo).IsAssignableFrom(method.ReturnType))
        {
            return false;
        }

        if (ExpressionHelpers.ByName.Values.Contains(type) || type == typeof(Enumerable) || method == ObjectEquals)
        {
            return true;
        }

        if (method.IsStatic)
        {
            // Operators (decimal arithmetic, DateTimeOffset comparisons) and string.Concat for '+'; no Now, no Parse.
            return (IsValueType(type) && method.Name.StartsWith("op_", StringComparison.Ordinal))
                || (type == typeof(string) && method.Name is "Concat" or "Equals" or "Compare" or "IsNullOrEmpty" or "IsNullOrWhiteSpace")
                || (type == typeof(decimal) && method.Name is "Compare" or "Add" or "Subtract" or "Multiply" or "Divide" or "Remainder" or "Negate");
        }

        return IsValueType(type) || IsCollection(type) || IsNullable(type);
    }

    private static bool IsValueType(Type type) => ValueTypes.Contains(type);

    private static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is { } inner && IsValueType(inner);

    // Arrays come from string.Split; Array itself only lends them Length.
    private static bool IsCollection(Type type) =>
        type == typeof(Array) || type.IsArray || (type.IsGenericType && Collections.Contains(type.GetGenericTypeDefinition()));
}
