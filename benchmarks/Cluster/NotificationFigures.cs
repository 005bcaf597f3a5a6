using System.Data.Common;

namespace Samverkan.Cluster.Benchmarks;

/// <summary>
/// Tasks created in a window: how long after its task each first notification was written (the new-task notice, sent
/// after the commit by the node's notification worker), and how many tasks have none yet.
/// </summary>
internal sealed record NotificationFigures(IReadOnlyList<TimeSpan> Delays, long Missing)
{
    /// <summary>Each task's creation and first notification, as <see cref="Query"/> returns them.</summary>
    public const string Query = """
        SELECT t."CreatedAt", min(n."CreatedAt") FROM "Tasks" t
        LEFT JOIN "Notifications" n ON n."TaskId" = t."Id"
        WHERE t."CreatedAt" BETWEEN @from AND @to GROUP BY t."Id", t."CreatedAt"
        """;

    /// <summary>Reads <see cref="Query"/>'s rows; <paramref name="instant"/> reads a column as the database keeps instants.</summary>
    public static async Task<NotificationFigures> ReadAsync(DbCommand command, Func<DbDataReader, int, DateTimeOffset> instant)
    {
        var delays = new List<TimeSpan>();
        var missing = 0L;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.IsDBNull(1))
            {
                missing++;
                continue;
            }
            delays.Add(instant(reader, 1) - instant(reader, 0));
        }
        return new NotificationFigures(delays, missing);
    }
}
