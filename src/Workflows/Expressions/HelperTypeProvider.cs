using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace Samverkan.Workflows.Expressions;

/// <summary>Replaces Dynamic LINQ's assembly scan so that only our helper types resolve by name.</summary>
internal sealed class HelperTypeProvider : IDynamicLinqCustomTypeProvider
{
    private readonly HashSet<Type> _types = [.. ExpressionHelpers.ByName.Values];

    public HashSet<Type> GetCustomTypes() => _types;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => ResolveTypeBySimpleName(typeName);

    public Type? ResolveTypeBySimpleName(string simpleTypeName) =>
        ExpressionHelpers.ByName.TryGetValue(simpleTypeName, out var type) ? type : null;
}
