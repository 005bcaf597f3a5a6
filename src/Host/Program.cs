using Samverkan.Host.Cli;

if (args is ["validate", .. var paths])
{
    return await ValidateCommand.RunAsync(paths, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
// The contract port, unless ASPNETCORE_URLS or --urls say otherwise.
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5080");
var app = builder.Build();

app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));

await app.RunAsync();
return 0;
