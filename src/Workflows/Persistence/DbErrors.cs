using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Workflows.Persistence;

/// <summary>Recognises provider errors the store turns into <see cref="Abstractions.ConcurrencyConflictException"/>.</summary>
internal static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique } => true,
        DbException { SqlState: PostgresUniqueViolation } => true,
        DbUpdateException e => IsUniqueViolation(e.InnerException),
        _ => false,
    };
}
