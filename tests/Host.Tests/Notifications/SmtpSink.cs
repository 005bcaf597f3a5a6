using System.Diagnostics;
using MimeKit;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>
/// A real SMTP server on loopback (smtp_sink.py on Debian's python3-aiosmtpd) that keeps every message it
/// receives as a file; stopped, with its process, on dispose.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A python3 that can import aiosmtpd (Debian's first, as .ci/run installs it there), or null.</summary>
    public static string? FindPython()
    {
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import aiosmtpd"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                });
                if (probe is not null && probe.WaitForExit(TimeSpan.FromSeconds(10)) && probe.ExitCode == 0)
                {
                    return python;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name; try the next.
            }
        }
        return null;
    }

    /// <summary>Starts the server on <paramref name="port"/>, or on a free port when it is 0.</summary>
    public static async Task<SmtpSink> StartAsync(string folder, int port = 0)
    {
        var python = FindPython() ?? throw new InvalidOperationException("python3-aiosmtpd is not installed.");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(AppContext.BaseDirectory, "Notifications", "smtp_sink.py");
        var process = Process.Start(new ProcessStartInfo(python, [script, folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (!int.TryParse(line, out var listening))
        {
            process.Kill();
            throw new InvalidOperationException($"The SMTP sink did not start: {line} {await process.StandardError.ReadToEndAsync()}");
        }
        return new SmtpSink(process, folder, listening);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived and returns them all.</summary>
    public async Task<IReadOnlyList<(MimeMessage Message, string Raw)>> WaitForMessagesAsync(int count, TimeSpan limit)
    {
        var files = await Eventually.UntilAsync(() => Task.FromResult(Directory.GetFiles(_folder, "*.eml")), f => f.Length >= count, limit,
            f => $"{f.Length} of {count} e-mails arrived.");
        return files.Select(f => (MimeMessage.Load(f), File.ReadAllText(f))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        // Closing its input is the sink's signal to stop; kill it if it does not.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            _process.Kill();
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
