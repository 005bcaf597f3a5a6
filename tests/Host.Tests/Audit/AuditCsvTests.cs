using System.Net;
using Samverkan.Host.Audit;
using Samverkan.Host.Tests.Cases;

namespace Samverkan.Host.Tests.Audit;

/// <summary>The CSV export follows RFC 4180 and never hands a spreadsheet a formula.</summary>
public sealed class AuditCsvTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+46 31", "'+46 31")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Cell_QuotesAndNeutralises(string value, string expected)
    {
        Assert.Equal(expected, AuditCsv.Cell(value));
    }

    [Fact]
    public async Task Export_FormulaInUserOrganisationAndRole_IsNeutralised()
    {
        var s = new CaseScenario(host);
        const string user = "=cmd|' /C calc'!A0";
        var hostile = host.As(user, $"{s.A},@SUM(1+1)", "+granskare,handlaggare");
        var caseId = await s.CreateCaseIdAsync(hostile, [s.A]);

        var response = await s.Auditor.Http.GetAsync($"/api/audit.csv?action=Create");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal(string.Join(',', AuditCsv.Columns), lines[0]);
        var row = Assert.Single(lines, l => l.Contains(caseId));
        Assert.StartsWith(",'=cmd|' /C calc'!A0,", row[row.IndexOf(',')..]);
        Assert.Contains("\"" + s.A + ",@SUM(1+1)\"", row);
        Assert.Contains(",\"'+granskare,handlaggare\",Create,", row);
    }
}
