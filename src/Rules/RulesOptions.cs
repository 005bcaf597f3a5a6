namespace Samverkan.Rules;

/// <summary>Settings for <see cref="RulesServiceCollectionExtensions.AddRules"/>.</summary>
public sealed class RulesOptions
{
    /// <summary>SQLite connection string; the engine's database, e.g. "Data Source=samverkan.db".</summary>
    public string ConnectionString { get; set; } = "Data Source=samverkan.db";
}
