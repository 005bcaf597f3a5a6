using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Tests.Api;
using Samverkan.Rules.Parameters;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Security;

/// <summary>An unexpected failure deep inside is a bare 500 problem: no message, type, stack trace or SQL reaches the caller.</summary>
public sealed class ErrorLeakTests : IAsyncDisposable
{
    private const string Secret = "SQLite Error 1: no such table. SELECT * FROM Persons WHERE Personnummer = '191212121212'";

    private readonly TestHost _base = new();

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task UnexpectedException_Is500ProblemWithoutDetailsOfIt(string environment)
    {
        await using var factory = _base.WithWebHostBuilder(web => web
            .UseEnvironment(environment)
            .ConfigureTestServices(services => services.AddSingleton(Throwing.Create())));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/parameters");
        var body = await response.Content.ReadAsStringAsync();

        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SELECT", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("191212121212", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _base.DisposeAsync();

    /// <summary>A parameter service whose every call fails the way a broken database would.</summary>
    public class Throwing : DispatchProxy
    {
        public static IParameterService Create() => Create<IParameterService, Throwing>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException(Secret);
    }
}
