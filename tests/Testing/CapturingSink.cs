using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Samverkan.Testing;

/// <summary>Keeps every Serilog event the host writes, for tests about what gets logged.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as one line: the rendered message plus every property, as a reader of the log file would see it.</summary>
    public IEnumerable<string> Lines() =>
        Events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception);
}
