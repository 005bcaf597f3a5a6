namespace Samverkan.Rules.Evaluation;

/// <summary>The names under which every rule sees its inputs.</summary>
internal static class RuleInputs
{
    /// <summary>The case data, e.g. the process instance's variables: <c>input.age</c>.</summary>
    public const string Input = "input";

    /// <summary>The as-of instant of the evaluation, a DateTimeOffset; rules never read the clock.</summary>
    public const string Now = "now";

    /// <summary>The parameters in force at <see cref="Now"/>, one typed property each: <c>params.redThreadPauseWeeks</c>.</summary>
    public const string Params = "params";

    public static readonly string[] Names = [Input, Now, Params];
}
