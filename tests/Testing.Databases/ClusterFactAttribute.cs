
namespace Samverkan.Testing.Databases;

/// <summary>A test of two real nodes: needs the tests' PostgreSQL and Redis, and is skipped, saying why, without them.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (!TestPostgreSql.IsAvailable)
        {
            Skip = TestPostgreSql.SkipReason;
        }
        else if (TestRedis.Configuration is null)
        {
            Skip = $"{TestRedis.Variable} is not set, so there is no Redis for the SignalR backplane (.ci/run starts one and sets it; locally e.g. export {TestRedis.Variable}=127.0.0.1:6379).";
        }
    }
}
