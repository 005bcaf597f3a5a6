using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Security.Organisations;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Security;

/// <summary>/api/organisations: the file in workflows/ is upserted at start-up; administrators add and change organisations and groups.</summary>
public abstract class OrganisationsApiTests : IAsyncDisposable
{
    private readonly TestHost _host;
    private readonly HttpClient _admin;

    protected OrganisationsApiTests(StorageProvider storage)
    {
        _host = new OrganisationsHost(storage);
        _admin = _host.CreateClient();
        _admin.DefaultRequestHeaders.SignInAs(DemoUsers.Admin);
    }

    [ProviderFact]
    public async Task StartUp_UpsertsTheFile_EveryoneSignedInReadsIt()
    {
        using var designer = _host.CreateClient();
        designer.DefaultRequestHeaders.SignInAs(DemoUsers.Designer);

        var organisations = await ApiClient.ExpectAsync(await designer.GetAsync("/api/organisations"), HttpStatusCode.OK);
        var groups = await ApiClient.ExpectAsync(await designer.GetAsync("/api/organisations/groups"), HttpStatusCode.OK);

        var habo = organisations.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "kommun-habo");
        Assert.Equal("Habo kommun", habo.GetProperty("name").GetString());
        Assert.Contains("sip-samordnare", habo.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        var sip = groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "sip-samordnare");
        Assert.Contains("kommun-habo", sip.GetProperty("organisations").EnumerateArray().Select(o => o.GetString()));
    }

    [ProviderFact]
    public async Task CreateGroupAndOrganisation_ThenChange_ListsThemAsChanged()
    {
        await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/organisations/groups",
            new { id = "skolhalsa", name = "Elevhälsan" }), HttpStatusCode.Created);
        var created = await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/organisations",
            new { id = "forsakringskassan", name = "Försäkringskassan", groups = new[] { "handlaggarniva" } }), HttpStatusCode.Created);
        var changed = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync("/api/organisations/forsakringskassan",
            new { name = "Försäkringskassan (FK)", groups = new[] { "skolhalsa", "sip-samordnare" } }), HttpStatusCode.OK);
        var renamed = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync("/api/organisations/groups/skolhalsa",
            new { name = "Elevhälsan i skolan" }), HttpStatusCode.OK);

        Assert.Equal(["handlaggarniva"], created.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("Försäkringskassan (FK)", changed.GetProperty("name").GetString());
        Assert.Equal(["sip-samordnare", "skolhalsa"], changed.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("Elevhälsan i skolan", renamed.GetProperty("name").GetString());
        Assert.Equal(["forsakringskassan"], renamed.GetProperty("organisations").EnumerateArray().Select(o => o.GetString()));
    }

    [ProviderFact]
    public async Task Create_BadIdUnknownGroupOrTaken_Is422NamingTheFieldAndNothingIsMade()
    {
        var badId = await _admin.PostAsJsonAsync("/api/organisations", new { id = "Ny Kommun", name = "Ny", groups = Array.Empty<string>() });
        var unknownGroup = await _admin.PostAsJsonAsync("/api/organisations", new { id = "ny-kommun", name = "Ny", groups = new[] { "finns-inte" } });
        var taken = await _admin.PostAsJsonAsync("/api/organisations", new { id = "kommun-habo", name = "Habo igen" });
        var noName = await _admin.PostAsJsonAsync("/api/organisations/groups", new { id = "ny-grupp", name = " " });

        Assert.Equal("id", Field(await ApiClient.ExpectProblemAsync(badId, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal("groups", Field(await ApiClient.ExpectProblemAsync(unknownGroup, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal("id", Field(await ApiClient.ExpectProblemAsync(taken, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal("name", Field(await ApiClient.ExpectProblemAsync(noName, HttpStatusCode.UnprocessableEntity)));
        var organisations = await ApiClient.ExpectAsync(await _admin.GetAsync("/api/organisations"), HttpStatusCode.OK);
        Assert.DoesNotContain(organisations.EnumerateArray(), o => o.GetProperty("id").GetString() == "ny-kommun");
        Assert.Equal("Habo kommun", organisations.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "kommun-habo").GetProperty("name").GetString());
    }

    [ProviderFact]
    public async Task Change_UnknownOrganisationOrGroup_Is404()
    {
        await ApiClient.ExpectProblemAsync(await _admin.PutAsJsonAsync("/api/organisations/finns-inte",
            new { name = "X", groups = Array.Empty<string>() }), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await _admin.PutAsJsonAsync("/api/organisations/groups/finns-inte",
            new { name = "X" }), HttpStatusCode.NotFound);
    }

    [ProviderFact]
    public async Task Change_AnUnknownGroup_LeavesTheOrganisationAsItWas()
    {
        var response = await _admin.PutAsJsonAsync("/api/organisations/kommun-habo",
            new { name = "Nytt namn", groups = new[] { "sip-samordnare", "finns-inte" } });

        Assert.Equal("groups", Field(await ApiClient.ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
        var organisations = await ApiClient.ExpectAsync(await _admin.GetAsync("/api/organisations"), HttpStatusCode.OK);
        var habo = organisations.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "kommun-habo");
        Assert.Equal("Habo kommun", habo.GetProperty("name").GetString());
        Assert.Contains("fact-team", habo.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
    }

    [ProviderFact]
    public async Task StartingAgain_KeepsWhatAnAdministratorAdded_AndRestoresTheFilesNames()
    {
        await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/organisations/groups", new { id = "extra", name = "Extra" }), HttpStatusCode.Created);
        await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync("/api/organisations/kommun-habo",
            new { name = "Habo", groups = new[] { "extra" } }), HttpStatusCode.OK);

        await _host.Services.SeedOrganisationsAsync(CancellationToken.None);

        var organisations = await ApiClient.ExpectAsync(await _admin.GetAsync("/api/organisations"), HttpStatusCode.OK);
        var habo = organisations.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "kommun-habo");
        Assert.Equal("Habo kommun", habo.GetProperty("name").GetString());
        var groups = habo.GetProperty("groups").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("extra", groups);
        Assert.Contains("sip-samordnare", groups);
    }

    private static string? Field(System.Text.Json.JsonElement problem) =>
        Assert.Single(ApiClient.Errors(problem)).GetProperty("field").GetString();

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    /// <summary>A host whose workflows folder has only the shipped organisations file.</summary>
    private sealed class OrganisationsHost(StorageProvider storage) : TestHost(new TestHostOptions
    {
        Storage = storage,
        Workflows = new Dictionary<string, string>
        {
            [OrganisationsFile.FileName] = File.ReadAllText(Path.Combine(Repository.Workflows, OrganisationsFile.FileName)),
        },
    });

    public sealed class Sqlite() : OrganisationsApiTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : OrganisationsApiTests(StorageProvider.PostgreSql);
}
