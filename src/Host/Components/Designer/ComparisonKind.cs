namespace Samverkan.Host.Components.Designer;

public enum ComparisonKind
{
    Added,
    Changed,
    Removed,
}
