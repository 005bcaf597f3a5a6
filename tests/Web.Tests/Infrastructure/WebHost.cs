using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>
/// The built service as a user starts it: its own process on a free port, with the repository's workflows and
/// rules, a database of its own in a temporary folder, and the demo users. Output is kept for failing tests.
/// </summary>
public sealed class WebHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _folder;

    private WebHost(Process process, Uri address, string folder)
    {
        _process = process;
        _folder = folder;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<WebHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("samverkan-web-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Samverkan.Host.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Samverkan__Auth__SeedDemoUsers"] = "true";
        info.Environment["Samverkan__WorkflowsPath"] = Repository.Workflows;
        info.Environment["Samverkan__RulesPath"] = Path.Combine(Repository.Workflows, "rules");
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new WebHost(process, address, folder);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await Client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The service did not become healthy within {limit}:\n{Output}");
            }
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temporary folder is cleaned up by the system.
        }
    }
}
