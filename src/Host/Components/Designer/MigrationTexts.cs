using Samverkan.Host.Persistence.InstanceMigrations;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.Components.Designer;

/// <summary>A migration report in Swedish: each finding by its stable code, naming the step by its name in the diagram.</summary>
internal static class MigrationTexts
{
    public static string Problem(MigrationProblem problem, Func<string, string> sourceName, int target) =>
        Problem(problem.Code, problem.ElementId is { } id ? sourceName(id) : null, target, problem.Message);

    /// <summary>The finding of <paramref name="code"/> about step <paramref name="step"/>; an unknown code keeps the engine's own words.</summary>
    public static string Problem(string code, string? step, int target, string fallback) => code switch
    {
        MigrationCodes.UnmappedElement => $"Ärendet står i ”{step}”, som inte finns i version {target}. Välj vilket steg det ska flyttas till.",
        MigrationCodes.ElementKindChanged => $"”{step}” är kopplat till ett steg av ett annat slag i version {target}.",
        MigrationCodes.ScopeChanged => $"”{step}” skulle hamna i ett annat delprocessteg i version {target}.",
        MigrationCodes.FlowUnmapped => $"”{step}” väntar på flöden som inte leder dit i version {target}.",
        MigrationCodes.MultiInstanceInProgress => $"”{step}” körs för flera på en gång just nu; flytta när det är klart.",
        MigrationCodes.CallActivityInProgress => $"”{step}” väntar på en underprocess; flytta när den är klar.",
        MigrationCodes.CalledInstance => "Ärendet startades av en annan process och kan inte flyttas för sig.",
        MigrationCodes.VariableTypeChanged => $"En variabel har ett värde som formuläret i version {target} inte tar emot ({fallback}).",
        MigrationCodes.EventRemoved => $"Händelsen ”{step}” finns inte i version {target}; dess timer eller prenumeration avslutas.",
        MigrationCodes.EventAdded => $"Version {target} lägger till ”{step}”; den börjar gälla för ärendet.",
        MigrationCodes.InstanceEnded => "Ärendet har redan avslutats.",
        MigrationCodes.WrongVersion => "Ärendet går inte på den valda versionen.",
        MigrationCodes.SourceElementMissing => $"Steget ”{step}” finns inte i den version ärendena går på.",
        MigrationCodes.TargetElementMissing => $"Steget som ”{step}” kopplas till finns inte i version {target}.",
        MigrationCodes.TargetMappedTwice => $"Flera steg är kopplade till samma steg som ”{step}”; koppla vart och ett till sitt eget.",
        _ => fallback,
    };

    public static string Status(MigrationBatchStatus status) => status switch
    {
        MigrationBatchStatus.Queued => "Väntar på att starta",
        MigrationBatchStatus.Running => "Pågår",
        MigrationBatchStatus.Completed => "Klar",
        _ => status.ToString(),
    };
}
