namespace Samverkan.Host.Audit;

/// <summary>What happened to the access log, in the technical log: counts only, never who or whom.</summary>
public sealed partial class AuditEvents(ILogger<AuditEvents> logger)
{
    private readonly ILogger _logger = logger;

    [LoggerMessage(Level = LogLevel.Information, Message = "Access log read ({Format})")]
    public partial void Read(string format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Access log retention removed {EntryCount} entries older than {Cutoff:O}")]
    public partial void RetentionRemoved(int entryCount, DateTimeOffset cutoff);
}
