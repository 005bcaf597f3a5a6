using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence;

/// <summary>
/// Reads the shared revision that every rules write increments. A read is trusted for
/// <see cref="RulesOptions.RevisionCheckInterval"/> unless this node has written since; the database is read on
/// connections kept open, one per concurrent reader, because opening a connection and a context costs more than
/// a whole evaluation.
/// </summary>
internal sealed class RevisionReader(IDbContextFactory<RulesDbContext> contexts, RulesOptions options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentQueue<Reader> _idle = new();
    private long _revision = -1;
    private long _readAt;
    private long _writes;
    private long _writesSeen = -1;

    public long Read()
    {
        var now = time.GetTimestamp();
        var writes = Volatile.Read(ref _writes);
        if (writes == Volatile.Read(ref _writesSeen) && time.GetElapsedTime(Volatile.Read(ref _readAt), now) < options.RevisionCheckInterval)
        {
            return Volatile.Read(ref _revision);
        }

        var revision = ReadFromDatabase();

        // Concurrent reads may finish in any order: keep the highest revision and the latest writes seen, never an older one.
        Raise(ref _revision, revision);
        Raise(ref _writesSeen, writes);
        Volatile.Write(ref _readAt, now);
        return Volatile.Read(ref _revision);
    }

    /// <summary>This node has committed a write: reads that start from now on go to the database until one has seen it.</summary>
    public void MarkWritten() => Interlocked.Increment(ref _writes);

    public void Dispose()
    {
        while (_idle.TryDequeue(out var reader))
        {
            reader.Dispose();
        }
    }

    private static void Raise(ref long field, long value)
    {
        for (var seen = Volatile.Read(ref field); seen < value; seen = Volatile.Read(ref field))
        {
            if (Interlocked.CompareExchange(ref field, value, seen) == seen)
            {
                return;
            }
        }
    }

    private long ReadFromDatabase()
    {
        var reader = _idle.TryDequeue(out var idle) ? idle : new Reader(contexts.CreateDbContext());
        try
        {
            var revision = reader.Read();
            _idle.Enqueue(reader);
            return revision;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private sealed class Reader(RulesDbContext db) : IDisposable
    {
        private DbCommand? _command;

        public long Read()
        {
            _command ??= Prepare();
            return Convert.ToInt64(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Dispose()
        {
            _command?.Dispose();
            db.Dispose();
        }

        private DbCommand Prepare()
        {
            var connection = db.Database.GetDbConnection();
            if (connection.State != ConnectionState.Open)
            {
                db.Database.OpenConnection();
            }

            var command = connection.CreateCommand();
            command.CommandText = $"""SELECT "Value" FROM "RulesRevision" WHERE "Id" = {RulesRevisionRecord.SingletonId}""";
            command.Prepare();
            return command;
        }
    }
}
