using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>The table writers of the engine's model; built once per store, as the model is.</summary>
internal sealed class RowWriters
{
    private readonly ISqlGenerationHelper _sql;

    public RowWriters(WorkflowDbContext db)
    {
        _sql = db.GetService<ISqlGenerationHelper>();
        Definitions = new(db.Model, _sql);
        Instances = new(db.Model, _sql);
        Tasks = new(db.Model, _sql);
        Timers = new(db.Model, _sql);
        Subscriptions = new(db.Model, _sql);
        Jobs = new(db.Model, _sql);
        Incidents = new(db.Model, _sql);
        History = new(db.Model, _sql);
    }

    public TableWriter<DefinitionRecord> Definitions { get; }
    public TableWriter<InstanceRecord> Instances { get; }
    public TableWriter<UserTaskRecord> Tasks { get; }
    public TableWriter<TimerRecord> Timers { get; }
    public TableWriter<SubscriptionRecord> Subscriptions { get; }
    public TableWriter<JobRecord> Jobs { get; }
    public TableWriter<IncidentRecord> Incidents { get; }
    public TableWriter<HistoryRecord> History { get; }

    public SqlBatch Batch(WorkflowDbContext db) => new(db, _sql);
}
