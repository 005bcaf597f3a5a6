using System.Diagnostics;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Persistence;

// Instances per second for (a) a ~10-node straight-through process in memory and
// (b) start + one user task + complete, durable (SQLite when the EF store is available).
// Usage: [seconds per scenario] [durable], the second to run only the durable scenario.
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 5;
var durableOnly = args.Contains("durable");

const string Header = """<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">""";
static string F(string id, string a, string b, string? c = null) => c is null
    ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{a}" targetRef="{b}"/>"""
    : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{a}" targetRef="{b}"><bpmn:conditionExpression>{c}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

var straight = Header + """<bpmn:process id="straight" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:task id="t1"/><bpmn:exclusiveGateway id="x" default="fLow"/>""" +
    """<bpmn:task id="high"/><bpmn:task id="low"/><bpmn:exclusiveGateway id="xm"/><bpmn:parallelGateway id="fork"/><bpmn:task id="a"/><bpmn:task id="b"/><bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/>""" +
    F("f1", "s", "t1") + F("f2", "t1", "x") + F("fHigh", "x", "high", "amount &gt; 10") + F("fLow", "x", "low") + F("f3", "high", "xm") + F("f4", "low", "xm") +
    F("f5", "xm", "fork") + F("f6", "fork", "a") + F("f7", "fork", "b") + F("f8", "a", "join") + F("f9", "b", "join") + F("f10", "join", "e") +
    "</bpmn:process></bpmn:definitions>";
var oneTask = Header + """<bpmn:process id="oneTask" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:candidateGroups="kommun"/><bpmn:endEvent id="e"/>""" +
    F("f1", "s", "t") + F("f2", "t", "e") + "</bpmn:process></bpmn:definitions>";

if (!durableOnly)
{
    await Run("(a) straight-through, 12 nodes, in memory", new InMemoryWorkflowStore(), straight, "straight", withTask: false);
    await Run("(b) start + user task + complete, in memory", new InMemoryWorkflowStore(), oneTask, "oneTask", withTask: true);
}
using (var durable = DurableStore.Create())
{
    if (durable is not null)
    {
        await Run($"(b) start + user task + complete, {durable.Name}", durable.Store, oneTask, "oneTask", withTask: true);
    }
}

async Task Run(string name, IWorkflowStore store, string xml, string key, bool withTask)
{
    var engine = new ProcessEngine(store, TimeProvider.System, new EngineOptions { RecordElementHistory = true });
    var deployed = await engine.DeployAsync(xml);
    if (!deployed.Succeeded)
    {
        throw new InvalidOperationException(string.Join("\n", deployed.Diagnostics));
    }
    var vars = new Dictionary<string, object?> { ["amount"] = 20L };
    async Task One()
    {
        var instance = await engine.StartAsync(key, variables: vars);
        if (withTask)
        {
            var task = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id })).Items[0];
            await engine.CompleteTaskAsync(task.Id);
        }
    }
    // Warm up until the JIT has settled (tiered compilation recompiles hot code for a while), and start each
    // scenario without the previous one's garbage: the in-memory runs leave millions of history rows behind.
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(5))
    {
        await One();
    }
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var workers = Environment.ProcessorCount * 2;
    var count = 0L;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var stop = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
    {
        while (stop.Elapsed < deadline)
        {
            await One();
            Interlocked.Increment(ref count);
        }
    })));
    var elapsed = stop.Elapsed;
    // CPU per instance is steadier than the rate when something else shares the cores.
    var cpuPerInstance = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
    Console.WriteLine($"{name}: {count / elapsed.TotalSeconds:N0} instances/s ({count} in {elapsed.TotalSeconds:N1} s, {workers} workers, {cpuPerInstance:N2} ms CPU per instance)");
}
