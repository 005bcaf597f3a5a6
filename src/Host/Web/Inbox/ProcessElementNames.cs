using System.Xml;
using System.Xml.Linq;

namespace Samverkan.Host.Web.Inbox;

/// <summary>The names of a process's elements by id, read from its deployed BPMN XML, to say "Bedöm behov av SIP" rather than "assessNeed".</summary>
internal static class ProcessElementNames
{
    public static IReadOnlyDictionary<string, string> Read(string? xml) => Pairs(xml, "name", null);

    /// <summary>The labels of its form fields by id: what the variables their values went into are called.</summary>
    public static IReadOnlyDictionary<string, string> FieldLabels(string? xml) => Pairs(xml, "label", "formField");

    private static IReadOnlyDictionary<string, string> Pairs(string? xml, string attribute, string? element)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return new Dictionary<string, string>();
        }
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Descendants()
                .Where(e => element is null || e.Name.LocalName == element)
                .Select(e => (Id: (string?)e.Attribute("id"), Name: (string?)e.Attribute(attribute)))
                .Where(e => !string.IsNullOrWhiteSpace(e.Id) && !string.IsNullOrWhiteSpace(e.Name))
                .GroupBy(e => e.Id!)
                .ToDictionary(g => g.Key, g => g.First().Name!.Trim());
        }
        catch (XmlException)
        {
            // A deployed definition was parsed by the engine; should it still not read, ids are shown instead of names.
            return new Dictionary<string, string>();
        }
    }
}
