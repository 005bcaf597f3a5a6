namespace Samverkan.Testing.Databases;

/// <summary>A test that needs PostgreSQL: skipped, saying why, where <see cref="TestPostgreSql.Variable"/> is not set.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestPostgreSql.IsAvailable)
        {
            Skip = TestPostgreSql.SkipReason;
        }
    }
}
