using PdfSharp.Fonts;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// The fonts of the plan's PDF: PDFsharp embeds a TrueType font it is given and finds none by itself outside Windows.
/// DejaVu Sans (Debian's fonts-dejavu-core) or Liberation Sans from the usual places, or the folder named by
/// <c>Samverkan:Cases:PdfFontsPath</c> holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.
/// </summary>
internal sealed class PlanFonts : IFontResolver
{
    public const string Family = "SamverkanPlan";
    private const string Regular = "regular";
    private const string Bold = "bold";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        (@"C:\Windows\Fonts\arial.ttf", @"C:\Windows\Fonts\arialbd.ttf"),
    ];

    private static readonly Lock Gate = new();
    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private PlanFonts(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Makes the fonts PDFsharp's (once per process); false, with what is missing, when none are found.</summary>
    public static bool TryInstall(string? folder, out string? problem)
    {
        lock (Gate)
        {
            problem = null;
            if (GlobalFontSettings.FontResolver is PlanFonts)
            {
                return true;
            }
            var pairs = folder is { Length: > 0 }
                ? [(Path.Combine(folder, "DejaVuSans.ttf"), Path.Combine(folder, "DejaVuSans-Bold.ttf"))]
                : Candidates;
            if (pairs.FirstOrDefault(p => File.Exists(p.Regular) && File.Exists(p.Bold)) is not { Regular: not null } found)
            {
                problem = folder is { Length: > 0 }
                    ? $"The folder {folder} (Samverkan:Cases:PdfFontsPath) lacks DejaVuSans.ttf or DejaVuSans-Bold.ttf."
                    : "No font for the PDF was found: install DejaVu Sans (Debian: fonts-dejavu-core) or set Samverkan:Cases:PdfFontsPath.";
                return false;
            }
            GlobalFontSettings.FontResolver = new PlanFonts(File.ReadAllBytes(found.Regular), File.ReadAllBytes(found.Bold));
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => faceName == Bold ? _bold : _regular;
}
