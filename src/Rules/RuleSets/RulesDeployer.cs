using System.Text.Json;
using Microsoft.Extensions.Logging;
using Samverkan.Rules.Parameters;

namespace Samverkan.Rules.RuleSets;

/// <summary>
/// Deploys a rules folder at start-up: first the parameter seed file (parameters that are missing), then every
/// other *.json as a rule set, saved as a new version only when its content is new. Invalid files are logged
/// with the rule and the compiler's message, and skipped.
/// </summary>
public sealed partial class RulesDeployer
{
    /// <summary>The seed file's name inside the folder.</summary>
    public const string ParametersFile = "parameters.json";

    private readonly RuleSetService _ruleSets;
    private readonly ParameterSeeder _seeder;
    private readonly ILogger<RulesDeployer> _logger;

    internal RulesDeployer(RuleSetService ruleSets, ParameterSeeder seeder, ILogger<RulesDeployer> logger)
    {
        _ruleSets = ruleSets;
        _seeder = seeder;
        _logger = logger;
    }

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async Task<RulesDeployment> DeployFolderAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The rules folder '{folder}' does not exist.");
        }

        IReadOnlyList<string> seeded = [];
        var seedPath = Path.Combine(folder, ParametersFile);
        if (File.Exists(seedPath))
        {
            try
            {
                seeded = await _seeder.SeedAsync(await File.ReadAllTextAsync(seedPath, ct), ParametersFile, ct);
            }
            catch (JsonException e)
            {
                LogBadSeedFile(seedPath, e.Message);
            }
        }

        List<RuleSetVersionInfo> deployed = [];
        List<string> unchanged = [];
        List<RejectedRuleSet> rejected = [];
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Where(p => Path.GetFileName(p) != ParametersFile).Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var (saved, errors) = await _ruleSets.DeployAsync(await File.ReadAllTextAsync(path, ct), file, ct);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    LogRejected(file, error.Rule, error.Sample, error.Message);
                }

                rejected.Add(new RejectedRuleSet(file, errors));
            }
            else if (saved is { Created: true })
            {
                LogDeployed(saved.Version.Name, saved.Version.Version, file);
                deployed.Add(saved.Version);
            }
            else
            {
                unchanged.Add(file);
            }
        }

        return new RulesDeployment(seeded, deployed, unchanged, rejected);
    }

    [LoggerMessage(LogLevel.Error, "Rule set file {File} is rejected and skipped: rule {Rule}, sample {Sample}: {Message}")]
    private partial void LogRejected(string file, string? rule, string? sample, string message);

    [LoggerMessage(LogLevel.Information, "Rule set {RuleSet} v{Version} deployed from {File}")]
    private partial void LogDeployed(string ruleSet, int version, string file);

    [LoggerMessage(LogLevel.Error, "Parameter seed file {File} cannot be read and is skipped: {Message}")]
    private partial void LogBadSeedFile(string file, string message);
}
