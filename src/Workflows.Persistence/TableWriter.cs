using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// The INSERT and UPDATE statements of one table, generated once from the EF model: the same columns,
/// names and value conversions SaveChanges would use, without building a change-tracking graph per row. A shadow
/// property (one the record does not have, such as a timer's claim) is written as NULL: whatever the engine writes
/// replaces what the store kept beside the record.
/// </summary>
internal sealed class TableWriter<T> where T : class
{
    private readonly record struct Column(Func<T, object?> Get, RelationalTypeMapping Mapping, string Name);

    private readonly Column[] _columns;
    private readonly Column[] _nonKeyColumns;
    private readonly Column _key;
    private readonly Column? _concurrencyToken;
    private readonly string _insertInto;
    private readonly string _update;
    private readonly string _returningKey;

    public TableWriter(IModel model, ISqlGenerationHelper sql)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Column Describe(IProperty p)
        {
            var getter = p.IsShadowProperty() ? null : p.GetGetter();
            return new(getter is null ? _ => null : getter.GetClrValue, (RelationalTypeMapping)p.GetRelationalTypeMapping(),
                sql.DelimitIdentifier(p.GetColumnName(table)!));
        }

        var key = entity.FindPrimaryKey()!.Properties.Single();
        _key = Describe(key);
        // A database-generated key (history's) is left out and read back with RETURNING.
        _columns = entity.GetProperties().Where(p => p != key || p.ValueGenerated == ValueGenerated.Never).Select(Describe).ToArray();
        _nonKeyColumns = entity.GetProperties().Where(p => p != key).Select(Describe).ToArray();
        _concurrencyToken = entity.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken) is { } token ? Describe(token) : null;
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        _insertInto = $"INSERT INTO {name} ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";
        _update = $"UPDATE {name} SET ";
        _returningKey = $" RETURNING {_key.Name}";
    }

    /// <summary>Multi-row INSERTs; with <paramref name="returningKey"/> they yield the generated keys.</summary>
    public void AppendInsert(SqlBatch batch, IReadOnlyList<T> rows, bool returningKey = false)
    {
        var perStatement = Math.Max(1, SqlBatch.ParametersPerStatement / _columns.Length);
        for (var offset = 0; offset < rows.Count; offset += perStatement)
        {
            var text = batch.Text.Append(_insertInto);
            for (var row = offset; row < Math.Min(rows.Count, offset + perStatement); row++)
            {
                text.Append(row == offset ? "(" : ", (");
                for (var c = 0; c < _columns.Length; c++)
                {
                    var (get, mapping, _) = _columns[c];
                    text.Append(c == 0 ? "" : ", ").Append(batch.Parameter(mapping, get(rows[row])));
                }
                text.Append(')');
            }
            batch.EndStatement(returningKey ? _returningKey : "");
        }
    }

    /// <summary>
    /// Rewrites the row by key; with <paramref name="expectedToken"/> only if its concurrency token still has that value.
    /// Either way the statement returns one row if it matched, so the batch can tell a lost update.
    /// </summary>
    public void AppendUpdate(SqlBatch batch, T row, object? expectedToken = null)
    {
        var text = batch.Text.Append(_update);
        for (var c = 0; c < _nonKeyColumns.Length; c++)
        {
            var (get, mapping, column) = _nonKeyColumns[c];
            text.Append(c == 0 ? "" : ", ").Append(column).Append(" = ").Append(batch.Parameter(mapping, get(row)));
        }
        text.Append(" WHERE ").Append(_key.Name).Append(" = ").Append(batch.Parameter(_key.Mapping, _key.Get(row)));
        if (expectedToken is not null && _concurrencyToken is { } token)
        {
            text.Append(" AND ").Append(token.Name).Append(" = ").Append(batch.Parameter(token.Mapping, expectedToken));
        }
        batch.EndStatement(" RETURNING 1");
    }
}
