using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Security.Organisations;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Security;

/// <summary>workflows/organisations.json: the parties of the seeds, and every group the shipped processes hand tasks to.</summary>
public sealed partial class OrganisationsFileTests : IDisposable
{
    private static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    private static readonly OrganisationsFile Shipped = OrganisationsFile.Read(Path.Combine(Repository.Workflows, OrganisationsFile.FileName));
    private readonly string _folder = Directory.CreateTempSubdirectory("organisations-").FullName;

    [Fact]
    public void EveryCandidateGroupOfTheShippedProcesses_IsAGroupOfTheFile()
    {
        var groups = Shipped.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var named = ProcessGroups().Concat(RoutedGroups()).ToList();

        Assert.NotEmpty(named);
        Assert.Contains("sip-samordnare", named);
        Assert.Contains("ledningsniva", named);
        Assert.Contains("avvikelseansvarig-kommun", named);
        Assert.Empty(named.Where(g => !groups.Contains(g)).Distinct());
    }

    [Fact]
    public void EveryGroupOfTheFile_IsOneSomeOrganisationsStaffCanBeIn()
    {
        var used = Shipped.Organisations.SelectMany(o => o.Groups).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Shipped.Groups.Where(g => !used.Contains(g.Id)).Select(g => g.Id));
    }

    [Fact]
    public void TheFile_HasTheParties_AndTheDemoAccountsGroups()
    {
        var names = Shipped.Organisations.Select(o => o.Name).ToList();
        var groups = Shipped.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(13, Shipped.Organisations.Count(o => o.Id.StartsWith("kommun-", StringComparison.Ordinal) && o.Groups.Contains("strategigrupp")));
        foreach (var party in new[] { "Jönköpings kommun", "Aneby kommun", "Värnamo kommun", "Region Jönköpings län", "Borås Stad", "Vårgårda kommun",
                     "Västra Götalandsregionen, Södra Älvsborgs Sjukhus", "Polismyndigheten", "Räddningstjänsten", "Närvårdskontoret" })
        {
            Assert.Contains(party, names);
        }
        Assert.Empty(Shipped.Check());
        Assert.Subset(groups, DemoUsers.All.SelectMany(u => u.Groups).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_AFileNamingAGroupItDoesNotList_IsRefusedNamingTheFileAndTheGroup()
    {
        var path = Write("""{ "groups": [ { "id": "au", "name": "AU" } ], "organisations": [ { "id": "kommun-x", "name": "X", "groups": ["au", "saknas"] } ] }""");

        var error = Assert.Throws<InvalidDataException>(() => OrganisationsFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'saknas'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "groups": [ """)]
    [InlineData("""{ "groups": [ { "id": "Stora Bokstäver", "name": "X" } ], "organisations": [] }""")]
    [InlineData("""{ "groups": [ { "id": "au", "name": "AU" }, { "id": "au", "name": "AU 2" } ], "organisations": [] }""")]
    [InlineData("""{ "groups": [], "organisations": [ { "id": "kommun-x", "groups": [] } ] }""")]
    public void Read_ABrokenFile_IsRefused(string json)
    {
        Assert.Throws<InvalidDataException>(() => OrganisationsFile.Read(Write(json)));
    }

    /// <summary>The literal candidate groups of every process.</summary>
    private static IEnumerable<string> ProcessGroups()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Workflows, "*.bpmn"))
        {
            var xml = XDocument.Load(file);
            foreach (var value in xml.Descendants().Select(e => (string?)e.Attribute(Camunda + "candidateGroups")).OfType<string>())
            {
                // An expression (${meetingGroup}, ${routing.group}): what it can give is read in RoutedGroups.
                if (value.Contains("${", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (var group in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return group;
                }
            }
        }
    }

    private static IEnumerable<string> RoutedGroups()
    {
        // A candidate group ${meetingGroup} gets its value from a calling process: <camunda:in sourceExpression='${"ledningsniva"}' target="meetingGroup" />.
        var documents = Directory.EnumerateFiles(Repository.Workflows, "*.bpmn").Select(XDocument.Load).ToList();
        var variables = documents.SelectMany(d => d.Descendants()).Select(e => (string?)e.Attribute(Camunda + "candidateGroups"))
            .OfType<string>().Where(v => v.StartsWith("${", StringComparison.Ordinal)).Select(v => v.Trim('$', '{', '}').Trim())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("meetingGroup", variables);
        foreach (var document in documents)
        {
            foreach (var input in document.Descendants(Camunda + "in").Where(i => variables.Contains((string?)i.Attribute("target") ?? "")))
            {
                if ((string?)input.Attribute("sourceExpression") is { } source && StringLiteral().Match(source) is { Success: true } literal)
                {
                    yield return literal.Groups[1].Value;
                }
            }
        }
        // avvikelse.bpmn's ${routing.group}: what the routing rule set's samples expect.
        using var rules = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Rules, "DeviationRouting.json")));
        foreach (var sample in rules.RootElement.GetProperty("Samples").EnumerateArray())
        {
            if (sample.GetProperty("Expect").TryGetProperty("group", out var group))
            {
                yield return group.GetString()!;
            }
        }
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("""^\$\{\s*"([^"]+)"\s*\}$""")]
    private static partial Regex StringLiteral();
}
