using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.Sqlite;

/// <summary>The durable store to measure: a fresh SQLite file in the temp folder, migrated, deleted on dispose.</summary>
internal sealed record DurableStore(string Name, IWorkflowStore Store, string File) : IDisposable
{
    public static DurableStore? Create()
    {
        var file = Path.Combine(Path.GetTempPath(), $"samverkan-bench-{Guid.NewGuid():N}.db");
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite($"Data Source={file}");
        var contexts = new PooledDbContextFactory<WorkflowDbContext>(builder.Options);
        using (var db = contexts.CreateDbContext())
        {
            db.Database.Migrate();
        }
        return new DurableStore("durable on SQLite (WAL, synchronous=NORMAL)", WorkflowsSqlite.CreateStore(contexts), file);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { File, File + "-wal", File + "-shm" })
        {
            System.IO.File.Delete(path);
        }
    }
}
