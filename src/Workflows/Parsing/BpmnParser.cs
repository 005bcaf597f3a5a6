using System.Xml;
using System.Xml.Linq;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads BPMN 2.0 XML in the Camunda 7 dialect into the process model; never throws on bad input.</summary>
public sealed class BpmnParser
{
    // Uploaded files are untrusted: no DTDs at all (XXE, billion laughs), no resolving, bounded size.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 10_000_000,
        IgnoreComments = true,
    };

    public ParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        return Parse(reader);
    }

    public ParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, Settings);
        return Parse(reader);
    }

    private static ParseResult Parse(XmlReader reader)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // The reader's message names the rule that was broken, never entity contents.
            return new ParseResult(null, [BpmnDiagnostic.Error(null, e.LineNumber, $"not readable XML: {e.Message}")]);
        }

        var context = new ParseContext();
        var document = new DefinitionsReader(context).Read(xml.Root!);
        return new ParseResult(document, context.Diagnostics);
    }
}
