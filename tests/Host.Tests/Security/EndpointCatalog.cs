using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Tests.Security;

/// <summary>Every endpoint the host maps, one row per HTTP method, read from its endpoint data sources.</summary>
internal static class EndpointCatalog
{
    public sealed record Row(string Method, string Pattern, bool HasPolicy, bool AllowsAnonymous, string ContentType)
    {
        public string Key => $"{Method} {Pattern}";
    }

    public static IReadOnlyList<Row> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => new Row(
                m,
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0,
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json")))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
}
