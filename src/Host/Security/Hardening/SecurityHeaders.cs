namespace Samverkan.Host.Security.Hardening;

/// <summary>Response headers that keep a browser from running, framing or sniffing anything we did not mean to serve.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Only our own origin. bpmn-js needs inline style attributes on its SVG and data: URIs for its icon font and
    /// images, and nothing more; scripts come only from our own files.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) and the Hangfire dashboard are third-party pages with inline scripts.</summary>
    public const string ToolPagesContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                var tool = http.Request.Path.StartsWithSegments("/api/docs") || http.Request.Path.StartsWithSegments("/hangfire");
                headers.ContentSecurityPolicy = tool ? ToolPagesContentSecurityPolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(http);
        });
}
