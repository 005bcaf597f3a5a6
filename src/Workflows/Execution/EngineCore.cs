using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Telemetry;

namespace Samverkan.Workflows.Execution;

/// <summary>The services one engine shares between its triggers.</summary>
internal sealed class EngineCore(
    IWorkflowStore store,
    TimeProvider clock,
    EngineOptions options,
    ExpressionCompiler compiler,
    IEnumerable<IServiceTaskHandler> handlers,
    IBusinessRuleEvaluator? rules,
    ITimerScheduler? timerScheduler,
    IJobScheduler? jobScheduler,
    IEnumerable<IEngineListener> listeners,
    ILogger logger,
    IExpressionGlobals? globals = null,
    ITaskCompletionValidator? completionValidator = null,
    IVariableInputValidator? inputValidator = null,
    EngineMetrics? metrics = null,
    IEnumerable<IListenerHandler>? listenerHandlers = null)
{
    public IWorkflowStore Store { get; } = store;
    public TimeProvider Clock { get; } = clock;
    public EngineOptions Options { get; } = options;
    public ExpressionCompiler Compiler { get; } = compiler;
    public IReadOnlyDictionary<string, IServiceTaskHandler> Handlers { get; } =
        handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, IListenerHandler> ListenerHandlers { get; } =
        (listenerHandlers ?? []).ToDictionary(h => h.Name, StringComparer.Ordinal);
    public IBusinessRuleEvaluator? Rules { get; } = rules;
    public ITimerScheduler? TimerScheduler { get; } = timerScheduler;
    public IJobScheduler? JobScheduler { get; } = jobScheduler;
    public IReadOnlyList<IEngineListener> Listeners { get; } = listeners.ToArray();
    public ILogger Logger { get; } = logger;
    public IExpressionGlobals? Globals { get; } = globals;
    public ITaskCompletionValidator? CompletionValidator { get; } = completionValidator;
    public IVariableInputValidator? InputValidator { get; } = inputValidator;
    public DefinitionCache Definitions { get; } = new(store, compiler);
    /// <summary>The engine's instruments; null when the engine was made without a meter factory (tests, tools).</summary>
    public EngineMetrics? Metrics { get; } = metrics;
}
