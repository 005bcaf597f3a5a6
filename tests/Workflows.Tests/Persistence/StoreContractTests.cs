using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Testing.Databases;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>
/// The store contract, written once and run against every store. States are JSON as PostgreSQL's jsonb gives it back
/// (a space after the colon), so that every store returns them as written.
/// </summary>
public abstract class StoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private const string StaleState = "\"stale\"";

    private protected abstract IWorkflowStore CreateStore();

    [ProviderFact]
    public async Task CommitAsync_NewInstance_ReadsBackWithRevisionZero()
    {
        var store = CreateStore();
        var instance = Records.Instance();

        await Commit(store, c => c.Instances.Add((instance, null)));

        var read = await store.GetInstanceAsync(instance.Id);
        Assert.NotNull(read);
        Assert.NotSame(instance, read);
        Assert.Equal(0, read.Revision);
        Assert.Equal(instance.StartedAt, read.StartedAt);
        Assert.Equal(instance.State, read.State);
        Assert.Equal(InstanceStatus.Active, read.Status);
    }

    [ProviderFact]
    public async Task CommitAsync_ExpectedRevision_BumpsRevisionAndWritesItBack()
    {
        var store = CreateStore();
        var instance = Records.Instance();
        await Commit(store, c => c.Instances.Add((instance, null)));

        instance.State = "{\"step\": 2}";
        await Commit(store, c => c.Instances.Add((instance, 0)));

        Assert.Equal(1, instance.Revision);
        var read = await store.GetInstanceAsync(instance.Id);
        Assert.Equal(1, read!.Revision);
        Assert.Equal("{\"step\": 2}", read.State);
    }

    [ProviderFact]
    public async Task CommitAsync_StaleRevision_ThrowsAndWritesNothingOfTheChangeSet()
    {
        var store = CreateStore();
        var instance = Records.Instance();
        await Commit(store, c => c.Instances.Add((instance, null)));
        await Commit(store, c => c.Instances.Add((instance.Clone(), 0)));
        var task = Records.Task(instance.Id);

        var stale = instance.Clone();
        stale.State = StaleState;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Commit(store, c =>
        {
            c.NewTasks.Add(task);
            c.History.Add(Records.History(instance.Id, "stale"));
            c.Instances.Add((stale, 0));
        }));

        Assert.Null(await store.GetTaskAsync(task.Id));
        Assert.Empty(await store.GetHistoryAsync(instance.Id));
        var read = await store.GetInstanceAsync(instance.Id);
        Assert.Equal(1, read!.Revision);
        Assert.NotEqual(StaleState, read.State);
        Assert.Equal(0, stale.Revision);
    }

    [ProviderFact]
    public async Task CommitAsync_DuplicateDefinitionVersion_ThrowsConflict()
    {
        var store = CreateStore();
        await Commit(store, c => c.NewDefinitions.Add(Records.Definition("order", 1)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commit(store, c => c.NewDefinitions.Add(Records.Definition("order", 1))));

        Assert.Single(await store.ListDefinitionsAsync("order"));
    }

    [ProviderFact]
    public async Task FindDefinitionAsync_NoVersion_ReturnsLatest()
    {
        var store = CreateStore();
        await Commit(store, c =>
        {
            c.NewDefinitions.Add(Records.Definition("order", 1));
            c.NewDefinitions.Add(Records.Definition("order", 3));
            c.NewDefinitions.Add(Records.Definition("order", 2));
            c.NewDefinitions.Add(Records.Definition("invoice", 1));
        });

        Assert.Equal(3, (await store.FindDefinitionAsync("order", null))!.Version);
        Assert.Equal(2, (await store.FindDefinitionAsync("order", 2))!.Version);
        Assert.Null(await store.FindDefinitionAsync("order", 9));
        Assert.Equal((await store.FindDefinitionAsync("order", null))!.Id, await store.FindDefinitionIdAsync("order", null));
        Assert.Equal((await store.FindDefinitionAsync("order", 2))!.Id, await store.FindDefinitionIdAsync("order", 2));
        Assert.Null(await store.FindDefinitionIdAsync("order", 9));
        Assert.Null(await store.FindDefinitionIdAsync("missing", null));
        Assert.Equal([("invoice", 1), ("order", 1), ("order", 2), ("order", 3)],
            (await store.ListDefinitionsAsync(null)).Select(d => (d.Key, d.Version)));
    }

    [ProviderFact]
    public async Task FindMessageStartDefinitionsAsync_OnlyLatestVersionWithExactName()
    {
        var store = CreateStore();
        await Commit(store, c =>
        {
            c.NewDefinitions.Add(Records.Definition("a", 1, ",order-placed,"));
            c.NewDefinitions.Add(Records.Definition("a", 2, ",other,"));
            c.NewDefinitions.Add(Records.Definition("b", 1, ",x,order-placed,"));
            c.NewDefinitions.Add(Records.Definition("c", 1, ",order-placed-late,"));
        });

        var found = await store.FindMessageStartDefinitionsAsync("order-placed");

        Assert.Equal([("b", 1)], found.Select(d => (d.Key, d.Version)));
    }

    [ProviderFact]
    public async Task QueryInstancesAsync_Filters_NewestFirstWithTotal()
    {
        var store = CreateStore();
        var instances = Enumerable.Range(0, 5).Select(i => Records.Instance(startedAt: T0.AddMinutes(i), businessKey: i % 2 == 0 ? "even" : "odd")).ToList();
        await Commit(store, c => c.Instances.AddRange(instances.Select(i => (i, (int?)null))));

        var page = await store.QueryInstancesAsync(new InstanceQuery { BusinessKey = "even", PageSize = 2 });

        Assert.Equal(3, page.Total);
        Assert.Equal([instances[4].Id, instances[2].Id], page.Items.Select(i => i.Id));
    }

    [ProviderFact]
    public async Task CountActiveInstancesAsync_PerKeyAndVersion_OnlyActive()
    {
        var store = CreateStore();
        var instances = new[]
        {
            Records.Instance(), Records.Instance(), Records.Instance(),
            Records.Instance(), Records.Instance(), Records.Instance(),
        };
        instances[2].DefinitionVersion = 2;
        instances[3].DefinitionVersion = 2;
        instances[3].Status = InstanceStatus.Completed;
        instances[4].DefinitionKey = "invoice";
        instances[5].DefinitionVersion = 3;
        instances[5].Status = InstanceStatus.Cancelled;
        await Commit(store, c => c.Instances.AddRange(instances.Select(i => (i, (int?)null))));

        var all = await store.CountActiveInstancesAsync(null);
        var orders = await store.CountActiveInstancesAsync("order");

        Assert.Equal([new VersionInstanceCount("invoice", 1, 1), new("order", 1, 2), new("order", 2, 1)], all);
        Assert.Equal([new VersionInstanceCount("order", 1, 2), new("order", 2, 1)], orders);
    }

    [ProviderFact]
    public async Task QueryTasksAsync_AssigneeGroupAndDue_MatchesInMemorySemantics()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var mine = Records.Task(instanceId, assignee: "anna", due: T0.AddHours(1));
        var groupTask = Records.Task(instanceId, groups: ",handlaggare,", due: T0.AddHours(3));
        var userCandidate = Records.Task(instanceId, users: ",anna,");
        var otherGroup = Records.Task(instanceId, groups: ",handlaggare-chef,", due: T0.AddHours(2));
        var assignedToOther = Records.Task(instanceId, assignee: "bo", groups: ",handlaggare,");
        // Created after userCandidate: without a due date the two would tie, and ties may come in any order.
        assignedToOther.CreatedAt = T0.AddMinutes(1);
        var done = Records.Task(instanceId, assignee: "anna", status: UserTaskStatus.Completed);
        await Commit(store, c => c.NewTasks.AddRange([mine, groupTask, userCandidate, otherGroup, assignedToOther, done]));

        Assert.Equal([mine.Id], await Ids(store, new TaskQuery { Assignee = "anna" }));
        Assert.Equal([groupTask.Id, assignedToOther.Id], await Ids(store, new TaskQuery { CandidateGroup = "handlaggare" }));
        Assert.Equal([mine.Id, groupTask.Id, userCandidate.Id, assignedToOther.Id],
            await Ids(store, new TaskQuery { VisibleToUser = "anna", Groups = ["handlaggare"] }));
        Assert.Equal([mine.Id, userCandidate.Id], await Ids(store, new TaskQuery { VisibleToUser = "anna" }));
        Assert.Equal([mine.Id, otherGroup.Id], await Ids(store, new TaskQuery { DueBefore = T0.AddHours(3) }));
        Assert.Equal([done.Id], await Ids(store, new TaskQuery { Status = UserTaskStatus.Completed }));
        Assert.Equal(6, (await store.QueryTasksAsync(new TaskQuery { Status = null })).Total);
    }

    [ProviderFact]
    public async Task QueryTasksAsync_CreatedAfter_OnlyLaterTasks()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var early = Records.Task(instanceId);
        var atCutoff = Records.Task(instanceId);
        atCutoff.CreatedAt = T0.AddHours(1);
        var late = Records.Task(instanceId, groups: ",handlaggare,");
        late.CreatedAt = T0.AddHours(2);
        await Commit(store, c => c.NewTasks.AddRange([late, early, atCutoff]));

        Assert.Equal([late.Id], await Ids(store, new TaskQuery { CreatedAfter = T0.AddHours(1) }));
        Assert.Equal([atCutoff.Id, late.Id], await Ids(store, new TaskQuery { CreatedAfter = T0.AddMinutes(59) }));
        Assert.Equal([late.Id], await Ids(store, new TaskQuery { CreatedAfter = T0, CandidateGroup = "handlaggare" }));
    }

    [ProviderFact]
    public async Task QueryTasksAsync_VisibleToUser_AssignedOrCandidateUserOrAnyOfTheGroups()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var assigned = Records.Task(instanceId, assignee: "anna", groups: ",ledningsniva,", due: T0.AddHours(1));
        var candidateWhileClaimed = Records.Task(instanceId, assignee: "bo", users: ",bo,anna,", due: T0.AddHours(2));
        var secondGroup = Records.Task(instanceId, groups: ",au,fact-team,", due: T0.AddHours(3));
        var colleagueClaimed = Records.Task(instanceId, assignee: "bo", groups: ",sip-samordnare,", due: T0.AddHours(4));
        var foreignGroup = Records.Task(instanceId, groups: ",ledningsniva,", due: T0.AddHours(5));
        var prefixOnly = Records.Task(instanceId, groups: ",fact-team-2,", users: ",annabel,", due: T0.AddHours(6));
        var otherCase = Records.Task(instanceId, groups: ",FACT-TEAM,", due: T0.AddHours(7));
        var notMine = Records.Task(instanceId, assignee: "bo", due: T0.AddHours(8));
        await Commit(store, c => c.NewTasks.AddRange([assigned, candidateWhileClaimed, secondGroup, colleagueClaimed, foreignGroup, prefixOnly, otherCase, notMine]));

        var visible = await Ids(store, new TaskQuery { VisibleToUser = "anna", Groups = ["sip-samordnare", "fact-team"] });

        Assert.Equal([assigned.Id, candidateWhileClaimed.Id, secondGroup.Id, colleagueClaimed.Id], visible);
        Assert.Equal([candidateWhileClaimed.Id, colleagueClaimed.Id, notMine.Id], await Ids(store, new TaskQuery { VisibleToUser = "bo" }));
        Assert.Equal([candidateWhileClaimed.Id, colleagueClaimed.Id],
            await Ids(store, new TaskQuery { VisibleToUser = "anna", Groups = ["sip-samordnare"], Assignee = "bo", DueBefore = T0.AddHours(5) }));
    }

    [ProviderFact]
    public async Task QueryTasksAsync_Paging_ReturnsPageAndTotal()
    {
        var store = CreateStore();
        var tasks = Enumerable.Range(0, 7).Select(i => Records.Task(Guid.NewGuid(), due: T0.AddMinutes(i))).ToList();
        await Commit(store, c => c.NewTasks.AddRange(tasks));

        var page = await store.QueryTasksAsync(new TaskQuery { Page = 2, PageSize = 3 });

        Assert.Equal(7, page.Total);
        Assert.Equal(2, page.Page);
        Assert.Equal(tasks.Skip(3).Take(3).Select(t => t.Id), page.Items.Select(t => t.Id));
    }

    [ProviderTheory]
    [InlineData(3, 1)]
    [InlineData(4, 0)]
    public async Task QueryTasksAsync_LastOrPastLastPage_StillCountsAll(int pageNumber, int items)
    {
        var store = CreateStore();
        await Commit(store, c => c.NewTasks.AddRange(Enumerable.Range(0, 7).Select(i => Records.Task(Guid.NewGuid(), due: T0.AddMinutes(i)))));

        var page = await store.QueryTasksAsync(new TaskQuery { Page = pageNumber, PageSize = 3 });

        Assert.Equal(7, page.Total);
        Assert.Equal(items, page.Items.Count);
    }

    [ProviderFact]
    public async Task CommitAsync_ThousandsOfRows_WritesEveryRowAndHistoryInOrder()
    {
        var store = CreateStore();
        var instance = Records.Instance();
        var tasks = Enumerable.Range(0, 600).Select(_ => Records.Task(instance.Id)).ToList();
        var entries = Enumerable.Range(0, 1500).Select(i => Records.History(instance.Id, "entry" + i)).ToList();

        await Commit(store, c => { c.Instances.Add((instance, null)); c.NewTasks.AddRange(tasks); c.History.AddRange(entries); });

        Assert.Equal(600, (await store.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, PageSize = 1 })).Total);
        var history = await store.GetHistoryAsync(instance.Id);
        Assert.Equal(entries.Select(e => e.Type), history.Select(h => h.Type));
        Assert.Equal(entries.Select(e => e.Id), history.Select(h => h.Id));
    }

    [ProviderFact]
    public async Task FindDueTimersAsync_PendingAndDue_OrderedByDueAt()
    {
        var store = CreateStore();
        var late = Records.Timer(T0.AddMinutes(-1));
        var early = Records.Timer(T0.AddMinutes(-10));
        var future = Records.Timer(T0.AddMinutes(5));
        var fired = Records.Timer(T0.AddMinutes(-20), TimerStatus.Fired);
        var third = Records.Timer(T0.AddMinutes(-5));
        await Commit(store, c => c.NewTimers.AddRange([late, early, future, fired, third]));

        Assert.Equal([early.Id, third.Id, late.Id], (await store.FindDueTimersAsync(T0, 10)).Select(t => t.Id));
        Assert.Equal([early.Id, third.Id], (await store.FindDueTimersAsync(T0, 2)).Select(t => t.Id));
    }

    [ProviderFact]
    public async Task GetTaskWithInstanceAsync_ReadsTheTaskAndItsInstanceAsStored()
    {
        var store = CreateStore();
        var instance = Records.Instance();
        var task = Records.Task(instance.Id);
        await Commit(store, c => { c.Instances.Add((instance, null)); c.NewTasks.Add(task); });
        instance.State = "{\"step\": 2}";
        await Commit(store, c => c.Instances.Add((instance, 0)));

        var read = await store.GetTaskWithInstanceAsync(task.Id);

        Assert.NotNull(read);
        Assert.Equal((task.Id, task.InstanceId, task.Status), (read.Row.Id, read.Row.InstanceId, read.Row.Status));
        Assert.Equal((instance.Id, 1L, "{\"step\": 2}"), (read.Instance!.Id, read.Instance.Revision, read.Instance.State));
        Assert.Null(await store.GetTaskWithInstanceAsync(Guid.NewGuid()));
    }

    [ProviderFact]
    public async Task GetTimerWithInstanceAsync_AnInstancesTimerComesWithIt_AStartTimerAlone()
    {
        var store = CreateStore();
        var instance = Records.Instance();
        var boundary = Records.Timer(T0);
        boundary.InstanceId = instance.Id;
        var start = Records.Timer(T0);
        await Commit(store, c => { c.Instances.Add((instance, null)); c.NewTimers.AddRange([boundary, start]); });

        var owned = await store.GetTimerWithInstanceAsync(boundary.Id);
        var alone = await store.GetTimerWithInstanceAsync(start.Id);

        Assert.Equal((boundary.Id, instance.Id), (owned!.Row.Id, owned.Instance!.Id));
        Assert.Equal(start.Id, alone!.Row.Id);
        Assert.Null(alone.Instance);
        Assert.Null(await store.GetTimerWithInstanceAsync(Guid.NewGuid()));
    }

    [ProviderFact]
    public async Task ClaimDueTimersAsync_TakesDueTimersOldestFirst_AndNoneTakenAgainUntilTheirClaimEnds()
    {
        var store = CreateStore();
        var late = Records.Timer(T0.AddMinutes(-1));
        var early = Records.Timer(T0.AddMinutes(-10));
        var future = Records.Timer(T0.AddMinutes(5));
        var fired = Records.Timer(T0.AddMinutes(-20), TimerStatus.Fired);
        var suspended = Records.Timer(T0.AddMinutes(-20), TimerStatus.Suspended);
        await Commit(store, c => c.NewTimers.AddRange([late, early, future, fired, suspended]));

        Assert.Equal([early.Id], await store.ClaimDueTimersAsync(T0, T0.AddSeconds(30), 1));
        Assert.Equal([late.Id], await store.ClaimDueTimersAsync(T0, T0.AddSeconds(30), 10));
        Assert.Empty(await store.ClaimDueTimersAsync(T0.AddSeconds(29), T0.AddSeconds(59), 10));
        // The claims have run out (their holder died or failed): both are taken again, still oldest first.
        Assert.Equal([early.Id, late.Id], await store.ClaimDueTimersAsync(T0.AddSeconds(30), T0.AddSeconds(60), 10));
        Assert.Equal(TimerStatus.Pending, (await store.GetTimerAsync(early.Id))!.Status);
    }

    [ProviderFact]
    public async Task ClaimDueTimersAsync_TheTimerWrittenSinceItsClaim_IsFreeAgain()
    {
        var store = CreateStore();
        var cycle = Records.Timer(T0.AddMinutes(-2));
        await Commit(store, c => c.NewTimers.Add(cycle));
        Assert.Equal([cycle.Id], await store.ClaimDueTimersAsync(T0, T0.AddMinutes(1), 10));

        // A cycle fired and moved on to its next due time, which has come too.
        cycle.FiredCount = 1;
        cycle.DueAt = T0.AddMinutes(-1);
        await Commit(store, c => c.ChangedTimers.Add(cycle));

        Assert.Equal([cycle.Id], await store.ClaimDueTimersAsync(T0, T0.AddMinutes(1), 10));
    }

    [ProviderFact]
    public async Task ClaimDueTimersAsync_ManyClaimersAtOnce_TakeEachTimerOnce()
    {
        var store = CreateStore();
        var timers = Enumerable.Range(0, 60).Select(i => Records.Timer(T0.AddSeconds(-i))).ToList();
        await Commit(store, c => c.NewTimers.AddRange(timers));

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.ClaimDueTimersAsync(T0, T0.AddSeconds(30), 10))));
        // A claimer passes over rows another is taking at that moment, so one may get fewer than it asked for: the rest.
        var taken = claims.SelectMany(c => c).Concat(await store.ClaimDueTimersAsync(T0, T0.AddSeconds(30), 60)).ToList();

        Assert.Equal(taken.Count, taken.Distinct().Count());
        Assert.Equal(timers.Select(t => t.Id).Order(), taken.Order());
    }

    [ProviderFact]
    public async Task CommitAsync_Cancellations_OnlyWhilePendingOrOpen()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var openTask = Records.Task(instanceId);
        var doneTask = Records.Task(instanceId, status: UserTaskStatus.Completed);
        var pendingTimer = Records.Timer(T0);
        var firedTimer = Records.Timer(T0, TimerStatus.Fired);
        var pendingJob = Records.Job(instanceId, JobKind.Handler, "mail");
        var failedJob = Records.Job(instanceId, JobKind.Handler, "mail", JobStatus.Failed);
        await Commit(store, c =>
        {
            c.NewTasks.AddRange([openTask, doneTask]);
            c.NewTimers.AddRange([pendingTimer, firedTimer]);
            c.NewJobs.AddRange([pendingJob, failedJob]);
        });

        await Commit(store, c =>
        {
            c.CancelledTasks.AddRange([(openTask.Id, T0.AddHours(1)), (doneTask.Id, T0.AddHours(1))]);
            c.CancelledTimers.AddRange([pendingTimer.Id, firedTimer.Id]);
            c.CancelledJobs.AddRange([pendingJob.Id, failedJob.Id]);
        });

        var cancelledTask = await store.GetTaskAsync(openTask.Id);
        Assert.Equal(UserTaskStatus.Cancelled, cancelledTask!.Status);
        Assert.Equal(T0.AddHours(1), cancelledTask.EndedAt);
        Assert.Equal(UserTaskStatus.Completed, (await store.GetTaskAsync(doneTask.Id))!.Status);
        Assert.Null((await store.GetTaskAsync(doneTask.Id))!.EndedAt);
        Assert.Equal(TimerStatus.Cancelled, (await store.GetTimerAsync(pendingTimer.Id))!.Status);
        Assert.Equal(TimerStatus.Fired, (await store.GetTimerAsync(firedTimer.Id))!.Status);
        Assert.Equal(JobStatus.Cancelled, (await store.GetJobAsync(pendingJob.Id))!.Status);
        Assert.Equal(JobStatus.Failed, (await store.GetJobAsync(failedJob.Id))!.Status);
    }

    [ProviderFact]
    public async Task CommitAsync_ChangedRows_UpdatesFullRow()
    {
        var store = CreateStore();
        var task = Records.Task(Guid.NewGuid());
        var job = Records.Job(task.InstanceId, JobKind.External, "invoice");
        await Commit(store, c => { c.NewTasks.Add(task); c.NewJobs.Add(job); });

        task.Assignee = "anna";
        task.ClaimedAt = T0.AddMinutes(3);
        job.LockedBy = "worker-1";
        job.LockedUntil = T0.AddMinutes(5);
        await Commit(store, c => { c.ChangedTasks.Add(task); c.ChangedJobs.Add(job); });

        var readTask = await store.GetTaskAsync(task.Id);
        Assert.Equal("anna", readTask!.Assignee);
        Assert.Equal(T0.AddMinutes(3), readTask.ClaimedAt);
        var readJob = await store.GetJobAsync(job.Id);
        Assert.Equal("worker-1", readJob!.LockedBy);
        Assert.Equal(T0.AddMinutes(5), readJob.LockedUntil);
    }

    [ProviderFact]
    public async Task CommitAsync_ClaimedStartTimer_SecondClaimConflicts()
    {
        var store = CreateStore();
        var timer = Records.Timer(T0);
        await Commit(store, c => c.NewTimers.Add(timer));
        var fired = timer.Clone();
        fired.FiredCount = 1;
        fired.Status = TimerStatus.Fired;
        await Commit(store, c => { c.ClaimedStartTimers.Add((timer.Id, 0)); c.ChangedTimers.Add(fired); });

        var instance = Records.Instance();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commit(store, c => { c.ClaimedStartTimers.Add((timer.Id, 0)); c.Instances.Add((instance, null)); }));

        Assert.Null(await store.GetInstanceAsync(instance.Id));
        Assert.Equal(1, (await store.GetTimerAsync(timer.Id))!.FiredCount);
    }

    [ProviderFact]
    public async Task FindSubscriptionsAsync_ByKindNameAndBusinessKey_AndDeleted()
    {
        var store = CreateStore();
        var a = Records.Subscription(SubscriptionKind.Message, "paid", "order-1", T0);
        var b = Records.Subscription(SubscriptionKind.Message, "paid", "order-2", T0.AddSeconds(1));
        var signal = Records.Subscription(SubscriptionKind.Signal, "paid", null, T0);
        await Commit(store, c => c.NewSubscriptions.AddRange([b, a, signal]));

        Assert.Equal([a.Id, b.Id], (await store.FindSubscriptionsAsync(SubscriptionKind.Message, "paid", null)).Select(s => s.Id));
        Assert.Equal([b.Id], (await store.FindSubscriptionsAsync(SubscriptionKind.Message, "paid", "order-2")).Select(s => s.Id));
        Assert.Equal([signal.Id], (await store.FindSubscriptionsAsync(SubscriptionKind.Signal, "paid", null)).Select(s => s.Id));

        await Commit(store, c => c.DeletedSubscriptions.Add(a.Id));

        Assert.Equal([b.Id], (await store.FindSubscriptionsAsync(SubscriptionKind.Message, "paid", null)).Select(s => s.Id));
    }

    [ProviderFact]
    public async Task FindLockableJobsAsync_SkipsValidLocksAndNotBefore()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var free = Records.Job(instanceId, JobKind.External, "invoice", createdAt: T0.AddSeconds(1));
        var expired = Records.Job(instanceId, JobKind.External, "invoice", createdAt: T0);
        expired.LockedBy = "w";
        expired.LockedUntil = T0.AddMinutes(9);
        var locked = Records.Job(instanceId, JobKind.External, "invoice");
        locked.LockedUntil = T0.AddMinutes(11);
        var later = Records.Job(instanceId, JobKind.External, "invoice");
        later.NotBefore = T0.AddMinutes(11);
        var otherTopic = Records.Job(instanceId, JobKind.External, "mail");
        var handler = Records.Job(instanceId, JobKind.Handler, "invoice");
        await Commit(store, c => c.NewJobs.AddRange([free, expired, locked, later, otherTopic, handler]));
        var now = T0.AddMinutes(10);

        Assert.Equal([expired.Id, free.Id], (await store.FindLockableJobsAsync(["invoice"], now, 10)).Select(j => j.Id));
        Assert.Equal([handler.Id], (await store.FindRunnableHandlerJobsAsync(now, 10)).Select(j => j.Id));
    }

    [ProviderFact]
    public async Task FindIncidentsAsync_OpenOnly_ExcludesResolved()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var first = Records.Incident(instanceId, T0);
        var second = Records.Incident(instanceId, T0.AddMinutes(1));
        var elsewhere = Records.Incident(Guid.NewGuid(), T0);
        await Commit(store, c => c.NewIncidents.AddRange([second, first, elsewhere]));

        await Commit(store, c => c.ResolvedIncidents.Add((first.Id, T0.AddHours(1))));
        await Commit(store, c => c.ResolvedIncidents.Add((first.Id, T0.AddHours(2))));

        Assert.Equal([first.Id, second.Id], (await store.FindIncidentsAsync(instanceId, false)).Select(i => i.Id));
        Assert.Equal([second.Id], (await store.FindIncidentsAsync(instanceId, true)).Select(i => i.Id));
        Assert.Equal(T0.AddHours(1), (await store.GetIncidentAsync(first.Id))!.ResolvedAt);
        Assert.Equal(2, (await store.FindIncidentsAsync(null, true)).Count);
    }

    [ProviderFact]
    public async Task GetHistoryAsync_InWriteOrderWithIncreasingIds()
    {
        var store = CreateStore();
        var instanceId = Guid.NewGuid();
        var entries = new[] { "started", "entered", "left" }.Select(t => Records.History(instanceId, t)).ToList();
        await Commit(store, c => c.History.AddRange(entries.Take(2)));
        await Commit(store, c => { c.History.Add(Records.History(Guid.NewGuid(), "other")); c.History.Add(entries[2]); });

        var history = await store.GetHistoryAsync(instanceId);

        Assert.Equal(["started", "entered", "left"], history.Select(h => h.Type));
        Assert.Equal(entries.Select(e => e.Id), history.Select(h => h.Id));
        Assert.True(history[0].Id < history[1].Id && history[1].Id < history[2].Id);
    }

    private protected static async Task Commit(IWorkflowStore store, Action<ChangeSet> fill)
    {
        var changes = new ChangeSet();
        fill(changes);
        await store.CommitAsync(changes);
    }

    private static async Task<List<Guid>> Ids(IWorkflowStore store, TaskQuery query) =>
        (await store.QueryTasksAsync(query)).Items.Select(t => t.Id).ToList();
}
