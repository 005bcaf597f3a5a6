using static Samverkan.Host.Security.Roles;

namespace Samverkan.Host.Tests.Security;

/// <summary>
/// Who may call what, written out by hand rather than read from the policies, so that a changed
/// policy or a new endpoint has to be agreed here too. <c>null</c> means anonymous callers too.
/// </summary>
internal static class AuthorizationMatrix
{
    private static readonly string[] Everyone = [Processdesigner, Chef, Handlaggare, Narvardskontoret, Admin, Granskare];
    private static readonly string[] Designers = [Processdesigner];
    private static readonly string[] Readers = [Processdesigner, Chef, Handlaggare, Narvardskontoret, Admin];
    private static readonly string[] Workers = [Handlaggare, Chef, Narvardskontoret];
    private static readonly string[] Managers = [Chef];
    private static readonly string[] ParameterReaders = [Chef, Processdesigner];
    private static readonly string[] Operators = [Admin, Processdesigner];
    private static readonly string[] ExternalWorkers = [Worker];
    private static readonly string[] Auditors = [Granskare];
    private static readonly string[] Admins = [Admin];

    public static IReadOnlyDictionary<string, string[]?> Expected { get; } = new Dictionary<string, string[]?>
    {
        // The web application's pages (GET, and POST for their forms) and the interactive circuit.
        ["GET /"] = Everyone,
        ["POST /"] = Everyone,
        ["GET /logga-in"] = null,
        ["POST /logga-in"] = null,
        ["POST /logga-ut"] = Everyone,
        ["GET /atkomst-nekad"] = Everyone,
        ["POST /atkomst-nekad"] = Everyone,
        ["GET /instanser"] = Operators,
        ["POST /instanser"] = Operators,
        ["GET /instanser/{id:guid}"] = Operators,
        ["POST /instanser/{id:guid}"] = Operators,
        ["GET /logg"] = Auditors,
        ["POST /logg"] = Auditors,
        ["GET /admin/anvandare"] = Admins,
        ["POST /admin/anvandare"] = Admins,
        ["GET /admin/organisationer"] = Admins,
        ["POST /admin/organisationer"] = Admins,
        ["GET /notiser"] = Everyone,
        ["POST /notiser"] = Everyone,
        ["GET /inkorg"] = Workers,
        ["POST /inkorg"] = Workers,
        ["GET /inkorg/{id:guid}"] = Workers,
        ["POST /inkorg/{id:guid}"] = Workers,
        ["GET /arenden"] = Workers,
        ["POST /arenden"] = Workers,
        ["GET /arenden/{id:guid}"] = Workers,
        ["POST /arenden/{id:guid}"] = Workers,
        ["GET /arenden/{id:guid}/plan.pdf"] = Workers,
        ["GET /arenden/{id:guid}/plan.ics"] = Workers,
        ["GET /starta"] = Workers,
        ["POST /starta"] = Workers,
        ["GET /sidan-finns-inte"] = null,
        ["POST /sidan-finns-inte"] = null,
        ["GET /_framework/opaque-redirect"] = Everyone,
        ["GET /regler"] = ParameterReaders,
        ["POST /regler"] = ParameterReaders,
        ["GET /rapporter"] = Managers,
        ["POST /rapporter"] = Managers,
        ["GET /rapporter/{report}.csv"] = Managers,
        ["GET /processer"] = Designers,
        ["POST /processer"] = Designers,
        ["GET /processer/ny"] = Designers,
        ["POST /processer/ny"] = Designers,
        ["GET /processer/{key}"] = Designers,
        ["POST /processer/{key}"] = Designers,
        ["GET /processer/{key}/v/{version:int}"] = Designers,
        ["POST /processer/{key}/v/{version:int}"] = Designers,
        ["GET /processer/{key}/jamfor"] = Designers,
        ["POST /processer/{key}/jamfor"] = Designers,
        ["GET /processer/{key}/flytta"] = Designers,
        ["POST /processer/{key}/flytta"] = Designers,
        ["* /_blazor"] = Everyone,
        ["* /_blazor/disconnect/"] = Everyone,
        ["* /_blazor/initializers/"] = Everyone,
        ["* /_blazor/negotiate"] = Everyone,

        ["* /health"] = null,
        ["GET /openapi/{documentName}.json"] = null,
        ["GET /api/docs/{documentName?}"] = null,
        ["GET /api/docs/favicon.svg"] = null,
        ["GET /api/docs/scalar.js"] = null,
        ["GET /api/docs/scalar.aspnetcore.js"] = null,

        ["POST /api/account/login"] = null,
        ["POST /api/account/refresh"] = null,
        ["POST /api/account/register"] = null,
        ["GET /api/account/confirmEmail"] = null,
        ["POST /api/account/resendConfirmationEmail"] = null,
        ["POST /api/account/forgotPassword"] = null,
        ["POST /api/account/resetPassword"] = null,
        // Identity's own: every signed-in account, a worker's too, manages its own password and second factor.
        ["POST /api/account/manage/2fa"] = [.. Everyone, Worker],
        ["GET /api/account/manage/info"] = [.. Everyone, Worker],
        ["POST /api/account/manage/info"] = [.. Everyone, Worker],

        ["GET /api/audit"] = Auditors,
        ["GET /api/audit.csv"] = Auditors,

        ["GET /api/cases/"] = Workers,
        ["POST /api/cases/"] = Workers,
        ["GET /api/cases/{id:guid}"] = Workers,
        ["GET /api/cases/{id:guid}/consents/"] = Workers,
        ["POST /api/cases/{id:guid}/consents/"] = Workers,
        ["POST /api/consents/{id:guid}/withdraw"] = Workers,
        ["GET /api/cases/{id:guid}/plan.pdf"] = Workers,
        ["GET /api/cases/{id:guid}/plan.ics"] = Workers,

        ["GET /api/definitions/"] = Readers,
        ["POST /api/definitions/"] = Designers,
        ["GET /api/definitions/{key}"] = Readers,
        ["GET /api/definitions/{key}/xml"] = Readers,
        ["POST /api/definitions/{key}/instances/"] = Workers,

        ["GET /api/instances/"] = Readers,
        ["GET /api/instances/{id:guid}"] = Readers,
        ["GET /api/instances/{id:guid}/history"] = Readers,
        ["DELETE /api/instances/{id:guid}"] = Operators,
        ["POST /api/instances/{id:guid}/suspend"] = Operators,
        ["POST /api/instances/{id:guid}/resume"] = Operators,
        ["POST /api/instances/{id:guid}/move-token"] = Operators,
        ["PUT /api/instances/{id:guid}/variables/{name}"] = Operators,
        ["POST /api/instances/{id:guid}/migrate"] = Operators,
        ["POST /api/definitions/{key}/migrations/check"] = Operators,
        ["POST /api/definitions/{key}/migrations/"] = Operators,
        ["GET /api/definitions/{key}/migrations/"] = Operators,
        ["GET /api/migrations/{id:guid}"] = Operators,

        ["GET /api/tasks/"] = Workers,
        ["GET /api/tasks/{id:guid}"] = Workers,
        ["POST /api/tasks/{id:guid}/claim"] = Workers,
        ["POST /api/tasks/{id:guid}/unclaim"] = Workers,
        ["POST /api/tasks/{id:guid}/complete"] = Workers,
        ["POST /api/messages/"] = Workers,

        ["POST /api/signals/"] = Operators,
        ["POST /api/external-tasks/fetch-and-lock"] = ExternalWorkers,
        ["POST /api/external-tasks/{id:guid}/complete"] = ExternalWorkers,
        ["POST /api/external-tasks/{id:guid}/failure"] = ExternalWorkers,
        ["POST /api/external-tasks/{id:guid}/bpmn-error"] = ExternalWorkers,
        ["GET /api/incidents/"] = Operators,
        ["POST /api/incidents/{id:guid}/retry"] = Operators,

        ["GET /api/parameters/"] = ParameterReaders,
        ["GET /api/parameters/{name}"] = ParameterReaders,
        ["PUT /api/parameters/{name}"] = Managers,
        ["GET /api/reports/red-thread"] = Managers,

        ["GET /api/rule-sets/"] = ParameterReaders,
        ["GET /api/rule-sets/{name}"] = ParameterReaders,
        ["GET /api/rule-sets/{name}/versions"] = ParameterReaders,
        ["GET /api/rule-sets/{name}/versions/{version:int}"] = ParameterReaders,
        ["PUT /api/rule-sets/{name}"] = Designers,
        ["POST /api/rule-sets/{name}/evaluate"] = Designers,

        ["GET /api/notifications/"] = Everyone,
        ["POST /api/notifications/read-all"] = Everyone,
        ["POST /api/notifications/{id:guid}/read"] = Everyone,
        ["* /hubs/notifications"] = Everyone,
        ["* /hubs/notifications/negotiate"] = Everyone,

        ["* /hangfire/{**path}"] = Admins,
        ["GET /api/users/"] = Admins,
        ["POST /api/users/"] = Admins,
        ["PUT /api/users/{id}"] = Admins,
        ["GET /api/organisations/"] = Everyone,
        ["POST /api/organisations/"] = Admins,
        ["PUT /api/organisations/{id}"] = Admins,
        ["GET /api/organisations/groups"] = Everyone,
        ["POST /api/organisations/groups"] = Admins,
        ["PUT /api/organisations/groups/{id}"] = Admins,
    };
}
