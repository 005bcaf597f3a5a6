namespace Samverkan.Host.Audit;

/// <summary>The "Samverkan:Audit" configuration section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Samverkan:Audit";

    /// <summary>HSLF-FS 2016:40 4 kap 9 §: the access log is kept at least five years; less is refused at start-up.</summary>
    public const int MinimumRetentionYears = 5;

    /// <summary>How many years an entry is kept before the daily cleanup removes it.</summary>
    public int RetentionYears { get; set; } = MinimumRetentionYears;

    /// <summary>When the cleanup runs (cron, UTC); daily at 03:00 by default.</summary>
    public string CleanupCron { get; set; } = "0 3 * * *";
}
