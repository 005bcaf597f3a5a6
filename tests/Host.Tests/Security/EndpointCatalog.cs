using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Tests.Security;

/// <summary>Every endpoint the host maps, one row per HTTP method, read from its endpoint data sources.</summary>
internal static class EndpointCatalog
{
    public sealed record Row(string Method, string Pattern, int Policies, bool AllowsAnonymous, string ContentType)
    {
        public string Key => $"{Method} {Pattern}";
    }

    /// <summary>
    /// The endpoints that decide anything: the web application's static files (one endpoint per file, all open on
    /// purpose, see <see cref="StaticFiles"/>) and Development's static-file fallback (no policy, so the fallback
    /// policy refuses it) are left out.
    /// </summary>
    public static IReadOnlyList<Row> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e) && !e.Metadata.Any(m => m.GetType().Name == "FallbackMetadata"))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => new Row(
                m,
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count,
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json")))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>The files of the web application (styles, scripts, fonts), one endpoint each.</summary>
    public static IReadOnlyList<RouteEndpoint> StaticFiles(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(IsStaticFile).ToList();

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
}
