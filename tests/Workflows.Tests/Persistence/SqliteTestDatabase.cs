using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>A migrated SQLite file in the temp folder, deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"samverkan-{Guid.NewGuid():N}.db");

    public SqliteTestDatabase()
    {
        using var db = new WorkflowDbContext(Options());
        db.Database.Migrate();
    }

    public EfWorkflowStore CreateStore() => WorkflowsSqlite.CreateStore(new PooledDbContextFactory<WorkflowDbContext>(Options()));

    private DbContextOptions<WorkflowDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite($"Data Source={_path}");
        return builder.Options;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
