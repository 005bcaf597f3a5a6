using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// Statements sent to the database together, in the context's current transaction. Returns the first column of
/// every row the statements return, in order; large batches are split into several commands. Disposing it
/// releases the commands (and their prepared statements) whether or not they ran.
/// </summary>
internal sealed class SqlBatch(WorkflowDbContext db, ISqlGenerationHelper sql) : IAsyncDisposable
{
    /// <summary>Far below SQLite's 32,766 per statement; also keeps binding (by name, per statement) cheap.</summary>
    public const int ParametersPerStatement = 1000;
    private const int ParametersPerCommand = 4 * ParametersPerStatement;

    private readonly List<DbCommand> _commands = [];
    private DbCommand? _command;
    private int _parameters;

    public StringBuilder Text { get; } = new();

    /// <summary>Adds a parameter converted as the column's type mapping says; returns its placeholder.</summary>
    public string Parameter(RelationalTypeMapping mapping, object? value)
    {
        _command ??= db.Database.GetDbConnection().CreateCommand();
        var name = "p" + _parameters++;
        _command.Parameters.Add(mapping.CreateParameter(_command, sql.GenerateParameterName(name), value));
        return sql.GenerateParameterNamePlaceholder(name);
    }

    public void EndStatement(string suffix)
    {
        Text.Append(suffix).Append(';').AppendLine();
        if (_parameters >= ParametersPerCommand)
        {
            Seal();
        }
    }

    /// <summary>
    /// Compiles the statements on the open connection, so that parsing them is not part of the transaction
    /// (which, on SQLite, holds the one write lock).
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        Seal();
        foreach (var command in _commands)
        {
            await command.PrepareAsync(ct);
        }
    }

    public async Task<List<long>> ExecuteAsync(CancellationToken ct)
    {
        Seal();
        var returned = new List<long>();
        foreach (var command in _commands)
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                while (await reader.ReadAsync(ct))
                {
                    returned.Add(reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(ct));
        }
        return returned;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
        if (_command is not null)
        {
            await _command.DisposeAsync();
        }
    }

    private void Seal()
    {
        if (_command is null)
        {
            return;
        }
        _command.CommandText = Text.ToString();
        _commands.Add(_command);
        _command = null;
        _parameters = 0;
        Text.Clear();
    }
}
