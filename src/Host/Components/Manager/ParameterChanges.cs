using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Samverkan.Host.Notifications;
using Samverkan.Host.Security;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Components.Manager;

/// <summary>
/// Records a manager's change of a parameter from the web page. Only a user the <see cref="Policies.Manage"/> policy
/// admits may change one: checked here, on every change, not only by hiding the form. The change is recorded as made
/// by the signed-in user's id, as the API records it.
/// </summary>
public sealed class ParameterChanges(IParameterService parameters, IAuthorizationService authorization)
{
    public const string ValueField = "value";
    public const string ReasonField = "reason";

    public async Task<bool> MayChangeAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Manage)).Succeeded;

    public async Task<ParameterChangeResult> ChangeAsync(ClaimsPrincipal user, ICurrentUser who, string name, string text, string reason,
        DateOnly? effectiveFrom, CancellationToken ct = default) =>
        await ChangeAsync(user, who, name, null, text, reason, effectiveFrom, ct);

    /// <summary>Records <paramref name="value"/> (JSON of the parameter's kind) directly, e.g. the pause editor's week ranges.</summary>
    public Task<ParameterChangeResult> ChangeAsync(ClaimsPrincipal user, ICurrentUser who, string name, JsonElement value, string reason,
        DateOnly? effectiveFrom, CancellationToken ct = default) =>
        ChangeAsync(user, who, name, value, null, reason, effectiveFrom, ct);

    private async Task<ParameterChangeResult> ChangeAsync(ClaimsPrincipal user, ICurrentUser who, string name, JsonElement? value, string? text,
        string reason, DateOnly? effectiveFrom, CancellationToken ct)
    {
        if (!await MayChangeAsync(user))
        {
            return Failed("", "Bara en chef får ändra parametrar.");
        }
        if (await parameters.GetAsync(name, null, ct) is not { } parameter)
        {
            return Failed("", $"Parametern {name} finns inte.");
        }
        var errors = new Dictionary<string, string>();
        if (value is null)
        {
            var (parsed, error) = ParameterText.Parse(parameter.Kind, text);
            value = parsed;
            if (error is not null)
            {
                errors[ValueField] = error;
            }
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors[ReasonField] = "Skriv varför ändringen görs; skälet sparas i historiken.";
        }
        if (errors.Count > 0)
        {
            return new ParameterChangeResult(null, errors);
        }
        try
        {
            var from = effectiveFrom is { } date ? SwedishTime.FromLocal(date.ToDateTime(TimeOnly.MinValue)) : (DateTimeOffset?)null;
            var change = await parameters.ChangeAsync(name, new ParameterChangeRequest(value!.Value, who.UserId ?? who.DisplayName, reason.Trim(), from), ct);
            return new ParameterChangeResult(change, new Dictionary<string, string>());
        }
        catch (InvalidParameterValueException)
        {
            return Failed(ValueField, ParameterText.Refused(parameter.Kind));
        }
    }

    private static ParameterChangeResult Failed(string field, string message) =>
        new(null, new Dictionary<string, string> { [field] = message });
}
