using System.Text.RegularExpressions;
using Samverkan.Host.Cli;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Cli;

public sealed class ValidateCommandTests
{
    // Hostile/ is kept apart so the folder test sees only Bpmn/.
    private static string Fixture(string name, string folder = "Bpmn") => Path.Combine(AppContext.BaseDirectory, "Cli", folder, name);

    private static async Task<(int ExitCode, string Output)> Run(params string[] paths)
    {
        var output = new StringWriter();
        var exitCode = await ValidateCommand.RunAsync(paths, output);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task RunAsync_ValidFile_ExitsZero()
    {
        var (exitCode, output) = await Run(Fixture("Valid.bpmn"));

        Assert.Equal(0, exitCode);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings; all can be deployed.", output.TrimEnd());
    }

    [Fact]
    public async Task RunAsync_UnknownFlowTarget_ExitsOneAndLocatesTheFlow()
    {
        var file = Fixture("UnknownTarget.bpmn");

        var (exitCode, output) = await Run(file);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("unknown flow target"));
        Assert.StartsWith($"error {file}: ", line);
        Assert.Matches(new Regex(@"Flow_Broken \(line 8\): unknown flow target 'Nowhere'"), line);
        Assert.Contains("1 file cannot be deployed", output);
    }

    [Fact]
    public async Task RunAsync_FolderWithValidAndBrokenFiles_ChecksEachAndExitsOne()
    {
        var (exitCode, output) = await Run(Path.GetDirectoryName(Fixture("Valid.bpmn"))!);

        Assert.Equal(1, exitCode);
        Assert.Contains("UnknownTarget.bpmn", output);
        Assert.DoesNotContain("Valid.bpmn:", output);
        Assert.Contains("Checked 2 files:", output);
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = Fixture("DoesNotExist.bpmn");

        var (exitCode, output) = await Run(Fixture("Valid.bpmn"), missing);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: file or folder not found: '{missing}'", output);
        Assert.DoesNotContain("Checked", output);
    }

    [Fact]
    public async Task RunAsync_NoArguments_ExitsTwoWithUsage()
    {
        var (exitCode, output) = await Run();

        Assert.Equal(2, exitCode);
        Assert.StartsWith("usage:", output);
    }

    [Fact]
    public async Task RunAsync_ExternalEntity_ExitsOneWithoutLeakingTheFile()
    {
        using var folder = new TempFolder();
        // The entity points at a file whose content only this test knows.
        var secret = $"secret-{Guid.NewGuid():N}";
        var secretUri = new Uri(folder.Write("secret.txt", secret)).AbsoluteUri;
        var xxe = folder.Write("Xxe.bpmn", File.ReadAllText(Fixture("Xxe.bpmn", "Hostile")).Replace("SECRET_URI", secretUri));

        var (exitCode, output) = await Run(xxe);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error {xxe}: ", output);
        Assert.Contains("(line 2)", output);
        Assert.DoesNotContain(secret, output);
    }

    [Fact]
    public async Task RunAsync_Report_GivesEachFilesVerdictAndCountsCodesByFile()
    {
        using var folder = new TempFolder();
        var valid = File.ReadAllText(Fixture("Valid.bpmn"));
        var broken = File.ReadAllText(Fixture("UnknownTarget.bpmn"));
        folder.Write("a-valid.bpmn", valid);
        folder.Write("b-broken.bpmn", broken);
        folder.Write("c-broken.bpmn", broken);

        var (exitCode, output) = await Run("--report", folder.Path);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Matches(new Regex(@"a-valid\.bpmn +deployable$"), lines[0]);
        Assert.Matches(new Regex(@"b-broken\.bpmn +NOT deployable$"), lines[1]);
        Assert.Equal("    unknown-flow-target: Flow_Broken (line 8): unknown flow target 'Nowhere'", lines[2]);
        Assert.Contains("3 files: 1 deployable, 2 not deployable.", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^    unknown-flow-target +2 files, 2×$"));
        Assert.DoesNotContain(lines, l => l.StartsWith("error ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ReportOfDeployableFiles_ExitsZeroAndSaysNoErrors()
    {
        var (exitCode, output) = await Run("--report", Fixture("Valid.bpmn"));

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file: 1 deployable, 0 not deployable.", output);
        Assert.Contains("Errors (stop deployment), by code:" + Environment.NewLine + "    none", output);
    }
}
