using System.Net;
using System.Text.Json;
using Samverkan.Host.Tests.Api;

namespace Samverkan.Host.Tests.Cases;

/// <summary>
/// The calls the case tests make: each test gets organisations of its own (so tests sharing a host never see each
/// other's cases) and a valid personnummer of its own.
/// </summary>
internal sealed class CaseScenario(CasesHost host)
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Organisation A of this test: kommun-a-xxxx.</summary>
    public string A => $"kommun-a-{_suffix}";

    public string B => $"region-b-{_suffix}";

    public string Personnummer { get; } = TestPersonnummer.Next();

    public string Name { get; } = "Tolvan Tolvansson";

    public ApiClient UserOfA => host.As("anna", A, "handlaggare");

    public ApiClient UserOfB => host.As("bo", B, "handlaggare");

    public ApiClient Auditor => host.As("greta", "revision", "granskare");

    public async Task<JsonElement> CreateCaseAsync(ApiClient by, string[] organisations, string? personnummer = null, string? name = null, string? title = null)
    {
        object? person = personnummer is null ? null : new { personnummer, name = name ?? Name };
        return await by.PostAsync("/api/cases", new { organisations, title, person }, HttpStatusCode.Created);
    }

    public async Task<string> CreateCaseIdAsync(ApiClient by, string[] organisations) =>
        (await CreateCaseAsync(by, organisations, Personnummer)).GetProperty("id").GetString()!;

    public async Task<string> GiveConsentAsync(ApiClient by, string caseId, string[] recipients, DateTimeOffset? validFrom = null, DateTimeOffset? validTo = null) =>
        (await by.PostAsync($"/api/cases/{caseId}/consents", new
        {
            recipients,
            categories = new[] { "SIP", "journaluppgifter" },
            validFrom,
            validTo = validTo ?? host.Clock.GetUtcNow().AddYears(1),
            givenBy = "Self",
        }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public static async Task<JsonElement> ReadAsync(ApiClient by, string caseId) => await by.GetAsync($"/api/cases/{caseId}");

    public async Task<IReadOnlyList<JsonElement>> AuditAsync(string query)
    {
        var page = await Auditor.GetAsync($"/api/audit?{query}");
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
