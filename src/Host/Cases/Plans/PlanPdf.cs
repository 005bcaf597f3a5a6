using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Samverkan.Host.Cases.Plans;

/// <summary>Writes one version of a SIP plan as an A4 PDF: the plan's parts, and the internal notes only in the internal copy.</summary>
internal sealed class PlanPdf
{
    private const double Margin = 56;
    private readonly PdfDocument _document = new();
    private readonly XFont _title = new(PlanFonts.Family, 18, XFontStyleEx.Bold);
    private readonly XFont _heading = new(PlanFonts.Family, 12.5, XFontStyleEx.Bold);
    private readonly XFont _body = new(PlanFonts.Family, 10.5, XFontStyleEx.Regular);
    private XGraphics _gfx = null!;
    private PdfPage _page = null!;
    private double _y;

    private PlanPdf()
    {
    }

    /// <summary>The PDF's bytes.</summary>
    public static byte[] Write(PlanDocument plan)
    {
        var pdf = new PlanPdf();
        pdf._document.Info.Title = $"SIP, ärende {plan.Reference}, version {plan.Version.Version}";
        pdf._document.Info.Creator = "Samverkan";
        pdf.NewPage();
        foreach (var line in Lines(plan))
        {
            if (line.Style == PlanLineStyle.Heading)
            {
                pdf._y += 8; // a section stands apart from the list above it
            }
            pdf.Line(line.Text, line.Style switch
            {
                PlanLineStyle.Title => pdf._title,
                PlanLineStyle.Heading => pdf._heading,
                _ => pdf._body,
            }, line.After);
        }
        using var stream = new MemoryStream();
        pdf._document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>What the PDF says, paragraph by paragraph; the individual's copy has no internal notes.</summary>
    public static IReadOnlyList<PlanLine> Lines(PlanDocument plan)
    {
        var version = plan.Version;
        var lines = new List<PlanLine>
        {
            new("Samordnad individuell plan (SIP)", PlanLineStyle.Title, 8),
            new($"Ärende {plan.Reference}" + (plan.Individual is { } person ? $" – {person}" : ""), PlanLineStyle.Body),
            new($"Version {version.Version}: {version.StepName.ToLowerInvariant()} {PlanDocument.Date(version.RecordedAt)}", PlanLineStyle.Body),
            new(plan.ForIndividual ? "Den enskildes exemplar" : "Internt exemplar, med anteckningar", PlanLineStyle.Body, 14),
            new("Insatser och ansvarig huvudman", PlanLineStyle.Heading, 4),
        };
        lines.AddRange(version.Plan.Interventions.Select(i => new PlanLine($"• {i.Description} – ansvarig: {SipPlan.HuvudmanName(i.Huvudman)}", PlanLineStyle.Body)));
        lines.Add(new("Vad andra än huvudmännen gör", PlanLineStyle.Heading, 4));
        lines.AddRange(version.Plan.OtherActions.Count == 0
            ? [new("Inga andra aktörer.", PlanLineStyle.Body)]
            : version.Plan.OtherActions.Select(a => new PlanLine($"• {a.Actor}: {a.Action}", PlanLineStyle.Body)));
        lines.Add(new("Övergripande ansvar", PlanLineStyle.Heading, 4));
        lines.Add(new(SipPlan.HuvudmanName(version.Plan.LeadHuvudman), PlanLineStyle.Body, 10));
        lines.Add(new("Uppföljning", PlanLineStyle.Heading, 4));
        lines.Add(new(version.Plan.Closed ? "Planen är avslutad." : version.Plan.FollowUpDate is { } date ? $"Planen följs upp {date:yyyy-MM-dd}." : "–",
            PlanLineStyle.Body, 10));
        if (!plan.ForIndividual && version.Notes is { } notes)
        {
            lines.Add(new("Interna anteckningar (ingår inte i den enskildes exemplar)", PlanLineStyle.Heading, 4));
            lines.Add(new(notes, PlanLineStyle.Body));
        }
        return lines;
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    /// <summary>Writes text wrapped at the margins, on a new page when this one is full.</summary>
    private void Line(string text, XFont font, double after = 2)
    {
        var width = _page.Width.Point - 2 * Margin;
        var height = font.GetHeight() * 1.25;
        foreach (var line in Wrap(text, font, width))
        {
            if (_y + height > _page.Height.Point - Margin)
            {
                NewPage();
            }
            _gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
            _y += height;
        }
        _y += after;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }
}
