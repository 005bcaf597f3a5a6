using System.Diagnostics;
using System.Net;
using System.Text;

namespace Samverkan.Testing;

/// <summary>
/// The built service started as a user starts it: its own process, a working folder of its own (where
/// data/ and workflows/ live), a free port, in Production with the demo users seeded. Output is kept so a failing
/// test can show it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
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

    /// <summary>
    /// Starts the service in <paramref name="workingFolder"/> with <paramref name="environment"/> added, on
    /// <paramref name="port"/> (a free one if null), and waits until /health answers.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        string workingFolder, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? startLimit = null, int? port = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort.Next()}");
        var host = Path.Combine(AppContext.BaseDirectory, "Samverkan.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(host);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Samverkan__Auth__SeedDemoUsers"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilHealthyAsync(startLimit ?? TimeSpan.FromSeconds(60));
        }
        catch
        {
            await service.DisposeAsync(); // no service left running after a failed start
            throw;
        }
        return service;
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

    private Task WaitUntilHealthyAsync(TimeSpan limit) =>
        Eventually.UntilAsync(IsHealthyAsync, healthy => healthy, limit, _ => $"the service did not become healthy:\n{Output}");

    private async Task<bool> IsHealthyAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
        }
        try
        {
            using var response = await Client.GetAsync("/health");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
    }

    /// <summary>Kills the service as <c>kill -9</c> does: no shutdown, no flush, whatever it was doing cut off.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
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
    }
}
