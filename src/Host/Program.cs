using Samverkan.Host.Api;
using Samverkan.Host.Cli;
using Samverkan.Host.Hosting;
using Serilog;

if (args is ["validate", .. var paths])
{
    return await ValidateCommand.RunAsync(paths, Console.Out);
}

// Two-stage start-up: a console logger catches failures before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // appsettings.json is copied next to the binary; data/ and workflows/ resolve against the working folder.
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.AddSamverkanHost();
    builder.Services.AddSamverkanApi();

    var app = builder.Build();
    await app.InitializeSamverkanAsync();
    app.UseSamverkanHost();
    app.MapSamverkanApi();
    app.LogSamverkanAddressesOnStart();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Samverkan stopped at start-up");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
