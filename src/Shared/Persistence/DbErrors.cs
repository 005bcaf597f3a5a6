using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Shared.Persistence;

/// <summary>Recognises a row that someone else wrote first (a primary or unique key), on SQLite and PostgreSQL.</summary>
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
