using Samverkan.Host.Api.Reports;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Components.Manager;

/// <summary>The reports' period: the dates given (both included), or the last twelve months up to today.</summary>
internal static class ReportPeriods
{
    public static (DateOnly From, DateOnly To) Default(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(SwedishTime.ToStockholm(now).DateTime);
        return (today.AddYears(-1).AddDays(1), today);
    }

    /// <exception cref="BadHttpRequestException">A date is not a date, or the period is empty.</exception>
    public static ReportPeriod Parse(string? from, string? to, DateTimeOffset now)
    {
        var (defaultFrom, defaultTo) = Default(now);
        return ReportPeriod.Parse(
            string.IsNullOrWhiteSpace(from) ? defaultFrom.ToString("yyyy-MM-dd") : from,
            string.IsNullOrWhiteSpace(to) ? defaultTo.ToString("yyyy-MM-dd") : to);
    }
}
