using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>/api/rule-sets: read and save rule-set versions, and try one out on an input (a dry run).</summary>
internal static class RuleSetsApi
{
    public static void MapRuleSetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/rule-sets").WithTags("Rule sets").WithLogScope("name", "RuleSet");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("ListRuleSets")
            .WithSummary("List rule sets with their latest version");

        group.MapGet("/{name}", GetAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("GetRuleSet")
            .WithSummary("The latest version of a rule set with its content")
            .ProducesProblems(404);

        group.MapPut("/{name}", SaveAsync)
            .RequireAuthorization(Policies.Design)
            .WithName("SaveRuleSet")
            .WithSummary("Save a rule set: 201 with a new version, 200 when the content is unchanged, 422 naming each rule or sample that fails")
            .WithDescription("The body is the rule-set file (application/json): RulesEngine's schema (WorkflowName, Rules, GlobalParams, " +
                "LocalParams) plus Samples, which must all pass before a version is saved. WorkflowName must be the name in the URL; " +
                "a file without it gets that name. The signed-in user (savedBy) and ?comment= are recorded with the version; a ?savedBy= is ignored. 422 lists " +
                "{rule, sample, message}: the compiler's message for a rule that does not compile, what a failing sample got.")
            .Accepts<JsonElement>(RuleSetBody.MediaType)
            .ProducesProblems(400, 413, 415, 422);

        group.MapGet("/{name}/versions", VersionsAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("GetRuleSetVersions")
            .WithSummary("List every saved version of a rule set, oldest first")
            .ProducesProblems(404);

        group.MapGet("/{name}/versions/{version:int}", VersionAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("GetRuleSetVersion")
            .WithSummary("One version of a rule set with its content")
            .ProducesProblems(404);

        group.MapPost("/{name}/evaluate", EvaluateAsync)
            .RequireAuthorization(Policies.Design)
            .WithName("EvaluateRuleSet")
            .WithSummary("Dry run: what the rule set gives for an input as of an instant (now by default); nothing is recorded")
            .WithDescription("asOf is an ISO-8601 date or date-time, Stockholm time unless it has an offset; rules read it as now and " +
                "get the parameter values in force then. A rule that errors for the input is a 422 naming the rule, never a \"no\".")
            .ProducesProblems(400, 404, 422);
    }

    private static async Task<Ok<List<RuleSetSummary>>> ListAsync(IRuleSetService ruleSets, CancellationToken ct)
    {
        var latest = await ruleSets.ListAsync(ct);
        return TypedResults.Ok(latest.OrderBy(r => r.Name, StringComparer.Ordinal).Select(RuleSetSummary.From).ToList());
    }

    private static async Task<Ok<RuleSetResponse>> GetAsync(string name, IRuleSetService ruleSets, CancellationToken ct) =>
        TypedResults.Ok(RuleSetResponse.From(await FindAsync(ruleSets, name, null, ct)));

    private static async Task<Ok<RuleSetResponse>> VersionAsync(string name, int version, IRuleSetService ruleSets, CancellationToken ct) =>
        TypedResults.Ok(RuleSetResponse.From(await FindAsync(ruleSets, name, version, ct)));

    private static async Task<Results<Created<RuleSetSaveResponse>, Ok<RuleSetSaveResponse>, ProblemHttpResult>> SaveAsync(
        string name, string? comment, HttpRequest request, IRuleSetService ruleSets, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        var json = await RuleSetBody.ReadAsync(request, name, ct);
        // The version is answered for by whoever signed in, not by a name the request gives.
        var result = await ruleSets.SaveAsync(name, json, caller.UserId!, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), ct);
        log.RuleSetSaved(name, result.Version.Version, result.Created ? "saved" : "unchanged");
        var response = RuleSetSaveResponse.From(result);
        return result.Created
            ? TypedResults.Created($"/api/rule-sets/{Uri.EscapeDataString(name)}/versions/{response.Version}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Ok<List<RuleSetVersionResponse>>> VersionsAsync(string name, IRuleSetService ruleSets, CancellationToken ct)
    {
        var versions = await ruleSets.GetVersionsAsync(name, ct);
        return versions.Count == 0
            ? throw new RuleSetNotFoundException(name)
            : TypedResults.Ok(versions.OrderBy(v => v.Version).Select(RuleSetVersionResponse.From).ToList());
    }

    private static async Task<Ok<RuleOutcomeResponse>> EvaluateAsync(
        string name, EvaluateRuleSetRequest body, IRuleSetService ruleSets, TimeProvider clock, CancellationToken ct)
    {
        var asOf = QueryValues.Instant("asOf", body.AsOf) ?? clock.GetUtcNow();
        var input = JsonVariables.ToEngine(body.Input) ?? new Dictionary<string, object?>();
        var outcome = await ruleSets.DryRunAsync(name, input, asOf, body.Version, ct);
        return TypedResults.Ok(RuleOutcomeResponse.From(outcome));
    }

    private static async Task<RuleSetVersionInfo> FindAsync(IRuleSetService ruleSets, string name, int? version, CancellationToken ct) =>
        await ruleSets.GetAsync(name, version, ct) ?? throw new RuleSetNotFoundException(name, version);
}
