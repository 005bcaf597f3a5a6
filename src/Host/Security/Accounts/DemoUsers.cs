namespace Samverkan.Host.Security.Accounts;

/// <summary>
/// The demo accounts seeded in Development (and used by the tests): one per role, each in an organisation, and a
/// second handläggare in the region so that two organisations can share a case. Listed in the README.
/// </summary>
public static class DemoUsers
{
    /// <summary>Every demo account's password; Development only, never seeded elsewhere.</summary>
    public const string Password = "Samverkan-demo-1";

    /// <summary>The handläggare's candidate groups in workflows/: SIP coordination, the first escalation level, deviations, FACT.</summary>
    private static readonly string[] HandlaggareGroups = ["sip-samordnare", "handlaggarniva", "avvikelsegrupp", "fact-team"];

    public static DemoUser Designer { get; } = new("designer@samverkan.test", "Dana Designer", Roles.Processdesigner, "narvardskontoret", []);
    public static DemoUser Chef { get; } = new("chef@samverkan.test", "Cecilia Chef", Roles.Chef, "kommun-a",
        ["ledningsniva", "strategigrupp", "uppdragsgrupp", "vardsamverkansgrupp", "ledning-region"]);
    // Plus the groups the rule sets route to (DeviationRouting): each organisation's own.
    public static DemoUser Handlaggare { get; } = new("handlaggare@samverkan.test", "Hugo Handläggare", Roles.Handlaggare, "kommun-a",
        [.. HandlaggareGroups, "avvikelseansvarig-kommun"]);
    public static DemoUser HandlaggareRegion { get; } = new("handlaggare.region@samverkan.test", "Rut Region", Roles.Handlaggare, "region-b",
        [.. HandlaggareGroups, "avvikelseansvarig-region"]);
    public static DemoUser Narvardskontoret { get; } = new("narvard@samverkan.test", "Nils Närvård", Roles.Narvardskontoret, "narvardskontoret",
        ["narvardskontoret", "au"]);
    public static DemoUser Admin { get; } = new("admin@samverkan.test", "Ada Admin", Roles.Admin, "narvardskontoret", []);
    public static DemoUser Granskare { get; } = new("granskare@samverkan.test", "Greta Granskare", Roles.Granskare, "region-b", []);

    /// <summary>An external task worker (a system account): fetches and completes external tasks, nothing else.</summary>
    public static DemoUser Worker { get; } = new("worker@samverkan.test", "Extern tjänst", Roles.Worker, "narvardskontoret", []);

    public static IReadOnlyList<DemoUser> All { get; } = [Designer, Chef, Handlaggare, HandlaggareRegion, Narvardskontoret, Admin, Granskare, Worker];
}
