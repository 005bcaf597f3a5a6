namespace Samverkan.Host.Tests.Api;

/// <summary>
/// A BPMN file from Api/Bpmn made unique for one test: every name starting with <c>api_</c> (process ids, message,
/// signal and topic names) gets the test's own prefix, so tests sharing one database never meet.
/// </summary>
internal sealed class TestProcess
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..13] + "_";

    public TestProcess(string file)
    {
        Xml = Name(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "Bpmn", file)));
    }

    public string Xml { get; }

    /// <summary>The test's own version of a name from the file, such as "api_review" or "api_answer".</summary>
    public string Name(string name) => name.Replace("api_", _prefix, StringComparison.Ordinal);
}
