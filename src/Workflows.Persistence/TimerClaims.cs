using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// Takes due timers for one process to fire: one statement marks up to <c>max</c> pending, due and unclaimed timers
/// as claimed until a time and returns their ids. Where the database can (<see cref="WorkflowStoreDialect.SkipLocked"/>)
/// the rows being claimed by another process are passed over rather than waited for, so nodes polling together take
/// different timers. A claim only keeps other claimers away; firing stays the engine's, which fires a timer once
/// however often it is asked, and any write of the timer by the engine clears its claim.
/// </summary>
internal sealed class TimerClaims
{
    /// <summary>The shadow column of the claim on the timers' table.</summary>
    public const string ClaimedUntil = nameof(ClaimedUntil);

    private readonly string _sql;
    private readonly RelationalTypeMapping _instant;
    private readonly RelationalTypeMapping _status;
    private readonly RelationalTypeMapping _count;

    public TimerClaims(WorkflowDbContext db, WorkflowStoreDialect dialect)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TimerRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        RelationalTypeMapping Mapping(string property) => (RelationalTypeMapping)entity.FindProperty(property)!.GetRelationalTypeMapping();

        var (name, id, status, dueAt, claimed) = (sql.DelimitIdentifier(table.Name, table.Schema), Column(nameof(TimerRecord.Id)),
            Column(nameof(TimerRecord.Status)), Column(nameof(TimerRecord.DueAt)), Column(ClaimedUntil));
        _sql = $"""
            UPDATE {name} SET {claimed} = @until
            WHERE {id} IN (
                SELECT {id} FROM {name}
                WHERE {status} = @pending AND {dueAt} <= @now AND ({claimed} IS NULL OR {claimed} <= @now)
                ORDER BY {dueAt}
                LIMIT @max{(dialect.SkipLocked ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING {id}, {dueAt}
            """;
        _instant = Mapping(nameof(TimerRecord.DueAt));
        _status = Mapping(nameof(TimerRecord.Status));
        _count = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!;
    }

    /// <summary>A command on <paramref name="connection"/> claiming up to <paramref name="max"/> timers due at <paramref name="now"/> until <paramref name="until"/>.</summary>
    public DbCommand Command(DbConnection connection, DateTimeOffset now, DateTimeOffset until, int max)
    {
        var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.Parameters.Add(_instant.CreateParameter(command, "@until", until));
        command.Parameters.Add(_instant.CreateParameter(command, "@now", now));
        command.Parameters.Add(_status.CreateParameter(command, "@pending", TimerStatus.Pending));
        command.Parameters.Add(_count.CreateParameter(command, "@max", max));
        return command;
    }

    /// <summary>The claimed ids, oldest due first (an UPDATE returns its rows in no particular order).</summary>
    public static async Task<IReadOnlyList<Guid>> ReadIdsAsync(DbCommand command, CancellationToken ct)
    {
        var claimed = new List<(Guid Id, IComparable DueAt)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // The due time as the database gives it (ticks on SQLite, a timestamp on PostgreSQL) orders them as well.
            claimed.Add((reader.GetFieldValue<Guid>(0), (IComparable)reader.GetValue(1)));
        }
        return claimed.OrderBy(c => c.DueAt).Select(c => c.Id).ToList();
    }
}
