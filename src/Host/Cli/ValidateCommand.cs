using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Validation;

namespace Samverkan.Host.Cli;

/// <summary>The <c>validate</c> command: checks BPMN files the way deployment would, without deploying them.</summary>
internal static class ValidateCommand
{
    public const int Deployable = 0;
    public const int HasErrors = 1;
    public const int UsageError = 2;

    private const string Usage = "usage: dotnet run --project src/Host -- validate [--report] <file.bpmn | folder>...";

    /// <summary>The option that prints a compatibility report (per file, then by diagnostic code) instead of every line.</summary>
    public const string ReportOption = "--report";

    /// <param name="arguments">Files and folders (searched recursively for <c>*.bpmn</c>), as given after <c>validate</c>,
    /// optionally with <see cref="ReportOption"/>.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);

        var report = arguments.Contains(ReportOption, StringComparer.Ordinal);
        var paths = arguments.Where(a => a != ReportOption).ToList();
        var files = await CollectFilesAsync(paths, output);
        if (files is null)
        {
            return UsageError;
        }

        if (report)
        {
            var results = files.Select(file => new FileResult(file, ValidateFile(file))).ToList();
            await CompatibilityReport.WriteAsync(results, output);
            return results.All(r => r.IsDeployable) ? Deployable : HasErrors;
        }

        int errors = 0, warnings = 0, failedFiles = 0;
        foreach (var file in files)
        {
            var diagnostics = ValidateFile(file);
            foreach (var diagnostic in diagnostics)
            {
                await output.WriteLineAsync($"{(diagnostic.IsError ? "error" : "warning")} {file}: {diagnostic}");
            }

            var fileErrors = diagnostics.Count(d => d.IsError);
            errors += fileErrors;
            warnings += diagnostics.Count - fileErrors;
            failedFiles += fileErrors > 0 ? 1 : 0;
        }

        var verdict = failedFiles == 0 ? "all can be deployed" : $"{Plural(failedFiles, "file")} cannot be deployed";
        await output.WriteLineAsync(
            $"Checked {Plural(files.Count, "file")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}; {verdict}.");
        return failedFiles == 0 ? Deployable : HasErrors;
    }

    /// <summary>The files to check, or null after reporting why the arguments are unusable.</summary>
    private static async Task<List<string>?> CollectFilesAsync(IReadOnlyList<string> paths, TextWriter output)
    {
        if (paths.Count == 0)
        {
            await output.WriteLineAsync(Usage);
            return null;
        }

        var files = new List<string>();
        var usable = true;
        foreach (var path in paths)
        {
            string? problem = null;
            if (path.StartsWith('-'))
            {
                problem = $"unknown option '{path}'";
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.bpmn", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                files.AddRange(found);
                problem = found.Count == 0 ? $"no .bpmn files in folder '{path}'" : null;
            }
            else
            {
                problem = $"file or folder not found: '{path}'";
            }

            if (problem is not null)
            {
                await output.WriteLineAsync($"error: {problem}");
                usable = false;
            }
        }

        if (!usable)
        {
            await output.WriteLineAsync(Usage);
        }

        return usable ? files : null;
    }

    internal static IReadOnlyList<BpmnDiagnostic> ValidateFile(string file)
    {
        ParseResult parsed;
        try
        {
            // The stream overload honours the XML encoding declaration and stops reading at the engine's size limit.
            using var stream = File.OpenRead(file);
            parsed = new BpmnParser().Parse(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [BpmnDiagnostic.Error(null, 0, DiagnosticTexts.FileUnreadable.Format(e.Message))];
        }

        // Same steps as ProcessEngine.Validate, which needs a store this command has no use for.
        if (parsed.Document is null || parsed.HasErrors)
        {
            return parsed.Diagnostics;
        }

        var checker = new ExpressionChecker(new ExpressionCompiler());
        var validated = new BpmnValidator(checker).Validate(parsed.Document);
        return [.. parsed.Diagnostics.Concat(validated).OrderBy(d => d.Line)];
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
