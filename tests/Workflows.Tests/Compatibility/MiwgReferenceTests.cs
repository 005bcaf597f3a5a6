namespace Samverkan.Workflows.Tests.Compatibility;

/// <summary>
/// The BPMN MIWG reference suite (Miwg/README.md): each file either deploys and runs to completion or to its wait
/// states, or is refused for the reasons named here. A change in any outcome fails, so docs/compatibility.md stays true.
/// </summary>
public sealed class MiwgReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Compatibility", "Miwg");

    /// <summary>file → the error codes that refuse it ("" when it deploys) and, when it deploys, each process's run.</summary>
    public static TheoryData<string, string, string> Expected => new()
    {
        { "A.1.0.bpmn", "no-executable-process", "" },
        { "A.2.0.bpmn", "no-executable-process", "" },
        { "A.2.1.bpmn", "no-executable-process", "" },
        { "A.3.0.bpmn", "no-executable-process", "" },
        { "A.4.0.bpmn", "no-executable-process", "" },
        { "A.4.1.bpmn", "no-executable-process", "" },
        { "B.1.0.bpmn", "no-executable-process", "" },
        { "B.2.0.bpmn", "no-executable-process", "" },
        { "C.1.0.bpmn", "no-implementation", "" },
        { "C.1.1.bpmn", "no-implementation", "" },
        { "C.2.0.bpmn", "no-executable-process", "" },
        { "C.3.0.bpmn", "invalid-expression, subprocess-start", "" },
        { "C.4.0.bpmn", "no-executable-process", "" },
        { "C.5.0.bpmn", "no-executable-process", "" },
        { "C.6.0.bpmn", "no-executable-process", "" },
        { "C.7.0.bpmn", "no-executable-process", "" },
        { "C.8.0.bpmn", "no-executable-process", "" },
        { "C.8.1.bpmn", "feel-condition-invalid, feel-not-translated, missing-decision-ref", "" },
        { "C.9.0.bpmn", "feel-not-translated", "" },
        { "C.9.1.bpmn", "", "requestDocument_en: waits at ReceiveTask_WaitForDocument" },
        { "C.9.2.bpmn", "", "ManualCheck: completed" },
    };

    /// <summary>The data a file's expressions read, as a caller starting it would give (the files do not say).</summary>
    private static readonly Dictionary<string, IReadOnlyDictionary<string, object?>> StartVariables = new(StringComparer.Ordinal)
    {
        ["C.9.2.bpmn"] = new Dictionary<string, object?>
        {
            ["risks"] = new List<object?> { "low income", "new customer" },
            ["applicant"] = new Dictionary<string, object?> { ["name"] = "Ada", ["age"] = 40L },
            ["documents"] = new List<object?> { "id", "payslip" },
            ["documentReferenceId"] = "doc-1",
            ["fraudSuspectedId"] = "case-1",
        },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task ReferenceFile_DeploysAndRunsOrIsRefusedForTheNamedReasons(string file, string errorCodes, string runs)
    {
        var outcome = await ReferenceRun.RunAsync(await File.ReadAllTextAsync(Path.Combine(Folder, file)), StartVariables.GetValueOrDefault(file));

        Assert.Equal(errorCodes, string.Join(", ", outcome.ErrorCodes));
        Assert.Equal(runs, string.Join(" | ", outcome.Runs));
    }

    [Fact]
    public void Expected_CoversEveryReferenceFile()
    {
        var files = Directory.EnumerateFiles(Folder, "*.bpmn").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }
}
