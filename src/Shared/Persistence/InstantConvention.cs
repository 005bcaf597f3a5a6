using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Samverkan.Shared.Persistence;

/// <summary>How every context stores a <see cref="DateTimeOffset"/> on its provider, so that instants compare and order in the database.</summary>
internal static class InstantConvention
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// SQLite stores DateTimeOffset as text it cannot compare or order: there it becomes UTC ticks in an INTEGER.
    /// PostgreSQL keeps its native timestamptz, which takes only UTC: an instant with an offset is written as the same
    /// instant in UTC (values read back are UTC on both).
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        switch (database.ProviderName)
        {
            case SqliteProvider:
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
                break;
            case PostgreSqlProvider:
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
                break;
        }
    }
}
