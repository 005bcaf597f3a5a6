using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>The contract on a real, migrated SQLite file, deleted afterwards.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"samverkan-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<WorkflowDbContext> _options;

    public SqliteStoreContractTests()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite($"Data Source={_path}");
        _options = builder.Options;
        using var db = new WorkflowDbContext(_options);
        db.Database.Migrate();
    }

    private protected override IWorkflowStore CreateStore() => WorkflowsSqlite.CreateStore(new PooledDbContextFactory<WorkflowDbContext>(_options));

    [Fact]
    public async Task CommitAsync_ReopenedFile_ReadsBackEverything()
    {
        var instance = Records.Instance(businessKey: "order-7");
        var task = Records.Task(instance.Id, due: T0.AddDays(1));
        await Commit(CreateStore(), c => { c.Instances.Add((instance, null)); c.NewTasks.Add(task); });
        SqliteConnection.ClearAllPools();

        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseWorkflowsSqlite($"Data Source={_path}");
        var reopened = WorkflowsSqlite.CreateStore(new PooledDbContextFactory<WorkflowDbContext>(builder.Options));

        var read = await reopened.GetInstanceAsync(instance.Id);
        Assert.Equal("order-7", read!.BusinessKey);
        Assert.Equal(T0.AddDays(1), (await reopened.GetTaskAsync(task.Id))!.DueAt);
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
