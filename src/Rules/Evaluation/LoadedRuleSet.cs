using System.Collections.Concurrent;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>A rule-set version registered with the engine under its own name, with the input types it has been checked for.</summary>
internal sealed class LoadedRuleSet(RuleSetDocument document, int version, string engineName)
{
    private readonly ConcurrentDictionary<(Type Input, Type Params), IReadOnlyList<RuleSetError>> _checks = new();

    public string Name => Document.Name;

    public int Version { get; } = version;

    public RuleSetDocument Document { get; } = document;

    /// <summary>The engine's name for this version; the ';' keeps "X@1;" from being a prefix of "X@10;" in the engine's cache.</summary>
    public string EngineName { get; } = engineName;

    /// <summary>Set once a newer version has replaced this one in the engine.</summary>
    public bool Retired { get; set; }

    /// <summary>The sandbox's verdict for these input types, computed once.</summary>
    public IReadOnlyList<RuleSetError> Check(Type input, Type parameters, Func<IReadOnlyList<RuleSetError>> check) =>
        _checks.GetOrAdd((input, parameters), static (_, check) => check(), check);
}
