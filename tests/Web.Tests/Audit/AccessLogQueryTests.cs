using Samverkan.Host.Audit;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Host.Components.Audit;

namespace Samverkan.Web.Tests.Audit;

public sealed class AccessLogQueryTests
{
    [Fact]
    public void ToFilter_Days_AreWholeStockholmDays_ToExclusive()
    {
        var query = new AccessLogQuery { FromDay = new DateTime(2025, 6, 16), ToDay = new DateTime(2025, 6, 16) };

        var filter = query.ToFilter();

        Assert.Equal(new DateTimeOffset(2025, 6, 15, 22, 0, 0, TimeSpan.Zero), filter.From);
        Assert.Equal(new DateTimeOffset(2025, 6, 16, 22, 0, 0, TimeSpan.Zero), filter.To);
    }

    [Fact]
    public void ToFilter_TrimsTexts_ParsesIds_AndLeavesBlanksOut()
    {
        var caseId = Guid.NewGuid();
        var query = new AccessLogQuery { User = "  anna ", Organisation = " ", CaseId = $" {caseId} ", Action = AuditAction.Read };

        Assert.Equal(new AuditFilter("anna", null, null, null, AuditAction.Read, caseId, null), query.ToFilter());
        Assert.True(query.IsValid);
    }

    [Fact]
    public void Errors_PersonnummerInsteadOfAnId_AndDaysTheWrongWayRound_AreSwedish()
    {
        var query = new AccessLogQuery { PersonId = "19121212-1212", FromDay = new DateTime(2025, 6, 2), ToDay = new DateTime(2025, 6, 1) };

        Assert.False(query.IsValid);
        Assert.StartsWith("Ange personens interna id", query.PersonIdError);
        Assert.Equal("Till-dagen ligger före från-dagen.", query.DaysError);
        Assert.Null(query.CaseIdError);
    }

    [Fact]
    public void CsvUrl_CarriesTheSameFilter_Escaped()
    {
        var person = Guid.NewGuid();
        var query = new AccessLogQuery { User = "anna+1@x.se", PersonId = person.ToString(), FromDay = new DateTime(2025, 1, 1), Organisation = "kommun-a" };

        Assert.Equal("/api/audit.csv", new AccessLogQuery().CsvUrl());
        Assert.Equal(
            $"/api/audit.csv?user=anna%2B1%40x.se&organisation=kommun-a&personId={person}&from=2025-01-01T00%3A00%3A00.0000000%2B01%3A00",
            query.CsvUrl());
    }
}
