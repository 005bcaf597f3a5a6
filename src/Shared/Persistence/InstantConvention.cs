using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Samverkan.Shared.Persistence;

/// <summary>How every context stores a <see cref="DateTimeOffset"/> on its provider, so that instants compare and order in the database.</summary>
internal static class InstantConvention
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// SQLite stores DateTimeOffset as text it cannot compare or order: there it becomes UTC ticks in an INTEGER.
    /// Other providers (PostgreSQL's timestamptz) keep their native type.
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.ProviderName == SqliteProvider)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
