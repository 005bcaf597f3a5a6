namespace Samverkan.Host.Components.Designer;

/// <summary>One row of the comparison: numbered as its badge in the diagrams, with the attribute changes of a changed element.</summary>
public sealed record ComparisonEntry(int Number, ComparisonKind Kind, string Id, string? Name, string Type, IReadOnlyList<AttributeChange> Changes)
{
    public string KindText => Kind switch
    {
        ComparisonKind.Added => "Tillagt",
        ComparisonKind.Changed => "Ändrat",
        _ => "Borttaget",
    };
}
