using Samverkan.Workflows.Validation;

namespace Samverkan.Host.Cli;

/// <summary>One checked file and what the validator said about it.</summary>
internal sealed record FileResult(string File, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool IsDeployable => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// <c>validate --report</c>: for a designer migrating a folder of old processes, each file's verdict with the named
/// reasons, then every diagnostic code with how many files it stops (or warns about), most common first.
/// </summary>
internal static class CompatibilityReport
{
    public static async Task WriteAsync(IReadOnlyList<FileResult> results, TextWriter output)
    {
        var width = results.Max(r => r.File.Length);
        foreach (var result in results)
        {
            await WriteFileAsync(result, width, output);
        }

        var deployable = results.Count(r => r.IsDeployable);
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            $"{results.Count} {Noun(results.Count, "file")}: {deployable} deployable, {results.Count - deployable} not deployable.");
        await WriteCodesAsync("Errors (stop deployment)", results, DiagnosticSeverity.Error, output);
        await WriteCodesAsync("Warnings (deployable; something in the file is ignored)", results, DiagnosticSeverity.Warning, output);
    }

    private static async Task WriteFileAsync(FileResult result, int width, TextWriter output)
    {
        var warnings = result.Diagnostics.Count(d => !d.IsError);
        var verdict = result.IsDeployable ? "deployable" : "NOT deployable";
        var note = warnings == 0 ? "" : $" ({warnings} {Noun(warnings, "warning")})";
        await output.WriteLineAsync($"{result.File.PadRight(width)}  {verdict}{note}");
        foreach (var error in result.Diagnostics.Where(d => d.IsError))
        {
            await output.WriteLineAsync($"    {error.Code}: {error}");
        }
    }

    private static async Task WriteCodesAsync(string title, IReadOnlyList<FileResult> results, DiagnosticSeverity severity, TextWriter output)
    {
        var codes = results
            .SelectMany(r => r.Diagnostics.Where(d => d.Severity == severity).Select(d => (r.File, d.Code)))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Files: g.Select(x => x.File).Distinct(StringComparer.Ordinal).Count(), Count: g.Count()))
            .OrderByDescending(c => c.Files).ThenByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{title}, by code:");
        if (codes.Count == 0)
        {
            await output.WriteLineAsync("    none");
            return;
        }

        var width = codes.Max(c => c.Code.Length);
        foreach (var (code, files, count) in codes)
        {
            await output.WriteLineAsync($"    {code.PadRight(width)}  {files} {Noun(files, "file")}, {count}×");
        }
    }

    private static string Noun(int count, string noun) => count == 1 ? noun : noun + "s";
}
