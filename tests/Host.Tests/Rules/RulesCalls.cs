using System.Net.Http.Json;
using System.Text;
using Samverkan.Host.Tests.Api;

namespace Samverkan.Host.Tests.Rules;

/// <summary>The rule-set and parameter calls tests make again and again.</summary>
internal static class RulesCalls
{
    /// <summary>PUT /api/rule-sets/{name}; <paramref name="savedBy"/> is sent as the query a client might send (the server ignores it).</summary>
    public static Task<HttpResponseMessage> SaveRuleSetAsync(this ApiClient api, string name, string json, string? savedBy = null, string? comment = null)
    {
        var query = new List<string>();
        if (savedBy is not null)
        {
            query.Add($"savedBy={Uri.EscapeDataString(savedBy)}");
        }
        if (comment is not null)
        {
            query.Add($"comment={Uri.EscapeDataString(comment)}");
        }
        var url = $"/api/rule-sets/{Uri.EscapeDataString(name)}" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        return api.Http.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    public static Task<HttpResponseMessage> ChangeParameterAsync(this ApiClient api, string name, object body) =>
        api.Http.PutAsJsonAsync($"/api/parameters/{Uri.EscapeDataString(name)}", body);

    public static Task<HttpResponseMessage> EvaluateAsync(this ApiClient api, string name, object body) =>
        api.Http.PostAsJsonAsync($"/api/rule-sets/{Uri.EscapeDataString(name)}/evaluate", body);
}
