using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Samverkan.Host.Components;
using Samverkan.Host.Security;
using Samverkan.Testing;
using Samverkan.Host.Tests.Infrastructure;

namespace Samverkan.Host.Tests.Security;

/// <summary>Every endpoint, called anonymously and as every role, answers as <see cref="AuthorizationMatrix"/> says.</summary>
public sealed partial class AuthorizationMatrixTests : IClassFixture<TestHost>
{
    private readonly TestHost _factory;

    public AuthorizationMatrixTests(TestHost factory)
    {
        _factory = factory;
    }

    [Fact]
    public void Endpoints_EachHasExactlyOnePolicyOrIsOpenOnPurpose()
    {
        var rows = EndpointCatalog.Read(_factory.Services);

        Assert.Empty(rows.Where(r => r.Policies == 0 && !r.AllowsAnonymous).Select(r => r.Key));
        // One policy each: a group's and an endpoint's would both have to pass, which reads as either.
        Assert.Empty(rows.Where(r => r.Policies > 1).Select(r => r.Key));
        Assert.Empty(rows.Select(r => r.Key).Except(AuthorizationMatrix.Expected.Keys));
        Assert.Empty(AuthorizationMatrix.Expected.Keys.Except(rows.Select(r => r.Key)));
    }

    [Fact]
    public void StaticFiles_AreOpen_AndOnlyGetOrHead()
    {
        var files = EndpointCatalog.StaticFiles(_factory.Services);

        Assert.Contains(files, f => f.RoutePattern.RawText == "_framework/blazor.web.js");
        Assert.All(files, f =>
        {
            Assert.NotNull(f.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>());
            Assert.All(f.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods,
                m => Assert.Contains(m, new[] { "GET", "HEAD" }));
        });
    }

    [Fact]
    [Trait("Category", "Slow")] // every endpoint times every role: seconds on an idle machine, tens on a busy one
    public async Task Endpoints_CalledAsEveryRoleAndAnonymously_AllowOrDenyAsTheMatrixSays()
    {
        var failures = new List<string>();
        // Every role calls every /api/account endpoint from the same test address: the sign-in rate limit is not what is tested here.
        await using var factory = _factory.WithWebHostBuilder(web => web.UseSetting("Samverkan:Auth:SignInPermitsPerMinute", "100000"));
        foreach (var row in EndpointCatalog.Read(factory.Services))
        {
            if (!AuthorizationMatrix.Expected.TryGetValue(row.Key, out var allowed))
            {
                failures.Add($"{row.Key}: not in the matrix");
                continue;
            }
            foreach (var role in Roles.All.Append(null))
            {
                var status = await CallAsync(factory, row, role);
                var denied = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expected = allowed is null ? "allowed" : role is null ? "401" : allowed.Contains(role) ? "allowed" : "403";
                var ok = expected switch
                {
                    "allowed" => !denied,
                    "401" => status == HttpStatusCode.Unauthorized,
                    _ => status == HttpStatusCode.Forbidden,
                };
                if (!ok)
                {
                    failures.Add($"{row.Key} as {role ?? "anonymous"}: expected {expected}, got {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<HttpStatusCode> CallAsync(WebApplicationFactory<Program> factory, EndpointCatalog.Row row, string? role)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.SignInAs(role is null ? null : $"matrix-{role}", "kommun-a", role ?? "");
        var method = row.Method == "*" ? HttpMethod.Get : new HttpMethod(row.Method);
        using var request = new HttpRequestMessage(method, Url(row.Pattern));
        if (method != HttpMethod.Get && method != HttpMethod.Delete)
        {
            request.Content = new StringContent(row.ContentType.EndsWith("json", StringComparison.Ordinal) ? "{}" : "", Encoding.UTF8, row.ContentType);
        }
        using var response = await client.SendAsync(request);
        // A browser is not shown a bare 401 or 403: it is sent to the sign-in or the access-denied page.
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            ? location.Contains(WebSetup.SignInPath, StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
            : location.Contains(WebSetup.AccessDeniedPath, StringComparison.Ordinal) ? HttpStatusCode.Forbidden
            : response.StatusCode
            : response.StatusCode;
    }

    /// <summary>A concrete URL for a route pattern: a fresh id, a name nobody uses, version 1, the v1 document.</summary>
    private static string Url(string pattern) =>
        Parameter().Replace(pattern, m => m.Groups["name"].Value switch
        {
            "id" => Guid.NewGuid().ToString(),
            "version" => "1",
            "documentName" => "v1",
            "path" => "",
            var other => $"matrix-{other}",
        });

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)[^}]*\}")]
    private static partial Regex Parameter();
}
