using System.Data.Common;
using Npgsql;

namespace Samverkan.Host.Hosting;

/// <summary>
/// The Npgsql settings the service runs best with, added to the configured PostgreSQL connection string unless it
/// names them itself (a setting written there always wins, e.g. <c>Max Auto Prepare=0</c> behind PgBouncer in
/// transaction mode):
/// <list type="bullet">
/// <item><c>No Reset On Close=true</c>: a connection back in the pool is not reset with seven statements
/// (<c>DISCARD</c>, <c>RESET ALL</c>, …) before its next use. The service keeps no session state on a pooled
/// connection (the start-up lock is released explicitly), and in the cluster benchmark the resets were seven of
/// every ten statements PostgreSQL parsed.</item>
/// <item><c>Max Auto Prepare=64</c>, <c>Auto Prepare Min Usages=2</c>: the statements EF Core and Hangfire repeat
/// are prepared once per connection instead of parsed and planned every time.</item>
/// </list>
/// </summary>
internal static class PostgreSqlConnectionDefaults
{
    private static readonly (string Key, object Value)[] Defaults =
    [
        ("No Reset On Close", true),
        ("Max Auto Prepare", 64),
        ("Auto Prepare Min Usages", 2),
    ];

    /// <summary>
    /// The connection string with the defaults it does not name. One that cannot be read is returned as it is, for
    /// the start-up's connection check to explain.
    /// </summary>
    public static string Apply(string connectionString)
    {
        try
        {
            // Npgsql's keys may be written with or without spaces, in any case.
            var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
                .Select(Normalise).ToHashSet(StringComparer.Ordinal);
            var tuned = new NpgsqlConnectionStringBuilder(connectionString);
            foreach (var (key, value) in Defaults.Where(d => !named.Contains(Normalise(d.Key))))
            {
                tuned[key] = value;
            }
            return tuned.ConnectionString;
        }
        catch (ArgumentException)
        {
            return connectionString;
        }
    }

    private static string Normalise(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
