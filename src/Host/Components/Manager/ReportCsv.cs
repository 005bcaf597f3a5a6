using System.Globalization;
using System.Text;
using Samverkan.Host.Api.Reports;
using Samverkan.Host.Audit;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Components.Manager;

/// <summary>The reports as CSV files, with the access log's quoting and formula escaping (<see cref="AuditCsv.Line"/>).</summary>
internal static class ReportCsv
{
    public const string RedThread = "roda-snoret";
    public const string Escalations = "eskaleringar";
    public const string Overdue = "forsenade-uppgifter";
    public const string SipLeadTimes = "sip-ledtider";

    public static readonly string[] Names = [RedThread, Escalations, Overdue, SipLeadTimes];

    /// <summary>The CSV text of a report, or null when there is no report by that name.</summary>
    public static async Task<string?> BuildAsync(string report, ReportQueries reports, ReportPeriod period, CancellationToken ct)
    {
        var text = new StringBuilder();
        void Row(params object?[] cells) => text.Append(AuditCsv.Line(cells.Select(Cell)));
        switch (report)
        {
            case RedThread:
                Row("dragetVid", "verksamhet", "utfall", "status", "motetHolls", "avslutat", "ledtidDagar", "arende");
                foreach (var pull in (await reports.RedThreadAsync(period, ct)).Items)
                {
                    Row(pull.PulledAt, pull.Party, ReportTexts.Outcome(pull.Outcome), pull.Status, pull.MeetingHeldAt, pull.EndedAt, pull.LeadTimeDays, pull.BusinessKey);
                }
                break;
            case Escalations:
                Row("niva", "oppna", "aldstaDagar");
                foreach (var level in await reports.OpenEscalationsAsync(ct))
                {
                    Row(level.Level, level.Open, level.OldestDays);
                }
                break;
            case Overdue:
                Row("organisation", "forsenade", "flestDagarForsenad", "processer");
                foreach (var group in await reports.OverdueTasksAsync(ct))
                {
                    Row(group.Organisation, group.Overdue, group.MostDaysOverdue, string.Join(" ", group.Processes));
                }
                break;
            case SipLeadTimes:
                Row("manad", "startade", "planUpprattad", "medianDagar", "maxDagar");
                foreach (var month in await reports.SipLeadTimesAsync(period, ct))
                {
                    Row(month.Month, month.Started, month.PlanEstablished, month.MedianDays, month.MaxDays);
                }
                break;
            default:
                return null;
        }
        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTimeOffset at => SwedishTime.ToStockholm(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
