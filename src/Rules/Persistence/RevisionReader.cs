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
    private volatile bool _written = true;

    public long Read()
    {
        var now = time.GetTimestamp();
        if (!_written && time.GetElapsedTime(Volatile.Read(ref _readAt), now) < options.RevisionCheckInterval)
        {
            return Volatile.Read(ref _revision);
        }

        // Cleared before the read, so that a write committed while it runs is not forgotten.
        _written = false;
        var revision = ReadFromDatabase();
        Volatile.Write(ref _readAt, now);

        // Revisions only grow; a slower concurrent read must not put back an older one.
        for (var seen = Volatile.Read(ref _revision); seen < revision; seen = Volatile.Read(ref _revision))
        {
            if (Interlocked.CompareExchange(ref _revision, revision, seen) == seen)
            {
                break;
            }
        }

        return Math.Max(revision, Volatile.Read(ref _revision));
    }

    /// <summary>This node has committed a write: the next read goes to the database.</summary>
    public void MarkWritten() => _written = true;

    public void Dispose()
    {
        while (_idle.TryDequeue(out var reader))
        {
            reader.Dispose();
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
