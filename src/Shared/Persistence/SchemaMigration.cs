using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Shared.Persistence;

/// <summary>How every store creates or upgrades its tables.</summary>
internal static class SchemaMigration
{
    /// <summary>
    /// Makes the migrations history table first, then migrates: EF Core reads the history before making it, and on
    /// an empty PostgreSQL database logs that read as a failed command, an error an operator should not see on a
    /// first start.
    /// </summary>
    public static async Task MigrateSchemaAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await database.MigrateAsync(ct);
    }
}
