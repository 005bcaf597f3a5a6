namespace Samverkan.Workflows.Validation;

public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText DeclarationIgnored = new("declaration-ignored",
        "{0} is ignored: it describes the process but Samverkan does not use it when running it",
        "{0} ignoreras: elementet beskriver processen men Samverkan använder det inte när processen körs");
}
