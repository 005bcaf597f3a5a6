using System.Xml;
using System.Xml.Linq;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Components.Shared;

/// <summary>The names of a process's elements by id, read from its deployed BPMN XML, to say "Bedöm behov av SIP" rather than "assessNeed".</summary>
internal static class ProcessElementNames
{
    public static IReadOnlyDictionary<string, string> Read(string? xml) => Pairs(Load(xml)?.Descendants(), "name");

    /// <summary>The element's name in a parsed process, else its id.</summary>
    public static string Of(ProcessModel? model, string elementId) =>
        model is not null && model.TryGetNode(elementId, out var node) && !string.IsNullOrWhiteSpace(node.Name) ? node.Name : elementId;

    /// <summary>The labels of its form fields by id: what the variables their values went into are called.</summary>
    public static IReadOnlyDictionary<string, string> FieldLabels(string? xml) => Pairs(FormFields(xml), "label");

    /// <summary>The names of its choice (enum) fields' values by field id: "Lyft till nästa nivå" rather than "lift".</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FieldValueNames(string? xml) =>
        FormFields(xml)
            .Select(field => (Id: (string?)field.Attribute("id"), Values: Pairs(field.Elements().Where(e => e.Name.LocalName == "value"), "name")))
            .Where(field => !string.IsNullOrWhiteSpace(field.Id) && field.Values.Count > 0)
            .GroupBy(field => field.Id!)
            .ToDictionary(g => g.Key, g => g.First().Values);

    private static IEnumerable<XElement> FormFields(string? xml) =>
        Load(xml)?.Descendants().Where(e => e.Name.LocalName == "formField") ?? [];

    private static IReadOnlyDictionary<string, string> Pairs(IEnumerable<XElement>? elements, string attribute) =>
        (elements ?? [])
            .Select(e => (Id: (string?)e.Attribute("id"), Name: (string?)e.Attribute(attribute)))
            .Where(e => !string.IsNullOrWhiteSpace(e.Id) && !string.IsNullOrWhiteSpace(e.Name))
            .GroupBy(e => e.Id!)
            .ToDictionary(g => g.Key, g => g.First().Name!.Trim());

    private static XDocument? Load(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            // A deployed definition was parsed by the engine; should it still not read, ids are shown instead of names.
            return null;
        }
    }
}
