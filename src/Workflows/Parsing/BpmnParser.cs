using System.Text;
using System.Xml;
using System.Xml.Linq;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads BPMN 2.0 XML in the Camunda 7 dialect into the process model; never throws on bad input.</summary>
public sealed class BpmnParser
{
    private const int MaxCharacters = 10_000_000;

    // Uploaded files are untrusted: no DTDs at all (XXE, billion laughs), no resolving, bounded size.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
    };

    public ParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Parse(XmlReader.Create(text, Settings), () => xml);
    }

    public ParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // Buffered so a refused DTD can be located afterwards; UTF-8 and Latin encodings agree on "<!DOCTYPE" and newlines.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            // Four bytes per character is the most UTF-8 needs; anything longer breaks the reader's limit anyway.
            if (buffer.Length + read > 4L * MaxCharacters)
            {
                return new ParseResult(null, [BpmnDiagnostic.Error(null, 0, FileTooLarge.Format())]);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return Parse(XmlReader.Create(buffer, Settings), () => Encoding.Latin1.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static ParseResult Parse(XmlReader reader, Func<string> text)
    {
        XDocument xml;
        try
        {
            using (reader)
            {
                xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
        }
        catch (XmlException e)
        {
            // The reader's message names the rule that was broken, never entity contents.
            // A prohibited DTD is refused without a position, so find the DOCTYPE ourselves.
            var line = e.LineNumber > 0 ? e.LineNumber : LineOf(text(), "<!DOCTYPE");
            return new ParseResult(null, [BpmnDiagnostic.Error(null, line, UnreadableXml.Format(e.Message))]);
        }

        var context = new ParseContext();
        var document = new DefinitionsReader(context).Read(xml.Root!);
        return new ParseResult(document, context.Diagnostics);
    }

    private static int LineOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? 0 : 1 + text.AsSpan(0, index).Count('\n');
    }
}
