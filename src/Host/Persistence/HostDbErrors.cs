using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Persistence;

/// <summary>Recognises a row that someone else wrote first: a handler or job that ran twice at once.</summary>
internal static class HostDbErrors
{
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
