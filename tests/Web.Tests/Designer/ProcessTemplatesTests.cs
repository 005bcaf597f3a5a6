using Samverkan.Host.Components.Designer;
using Samverkan.Workflows.Model;

namespace Samverkan.Web.Tests.Designer;

public sealed class ProcessTemplatesTests
{
    public static TheoryData<string> Templates => new(ProcessTemplates.All.Select(t => t.Id));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Create_EveryTemplate_PassesTheEnginesValidationWithoutErrorsOrWarnings(string id)
    {
        var engine = DesignerEngine.Create();

        var xml = ProcessTemplates.Find(id)!.Create("min-process", "Min process");
        var (document, diagnostics) = engine.Validate(xml);

        Assert.Empty(diagnostics);
        var process = Assert.Single(document!.Processes);
        Assert.Equal("min-process", process.Id);
        Assert.Equal("Min process", process.Name);
    }

    [Fact]
    public void Create_TaskWithReminder_HasAGroupTaskWithDueDateAndANonInterruptingTimer()
    {
        var (document, _) = DesignerEngine.Create().Validate(ProcessTemplates.TaskWithReminder.Create("paminnelse", "Påminnelse"));

        var nodes = document!.Processes[0].Nodes;
        var task = Assert.Single(nodes.OfType<UserTask>());
        Assert.Equal("handlaggare", task.CandidateGroups);
        Assert.False(string.IsNullOrEmpty(task.DueDate));
        var timer = Assert.Single(nodes.OfType<BoundaryEvent>());
        Assert.Equal(task.Id, timer.AttachedToId);
        Assert.False(timer.CancelActivity);
        Assert.Equal(new TimerTrigger(TimerKind.Duration, "P1D"), timer.Trigger);
    }

    [Fact]
    public void Create_NameWithXmlCharacters_IsEscaped()
    {
        var xml = ProcessTemplates.Empty.Create("p", "Möte <extra> & \"annat\"");

        var (document, diagnostics) = DesignerEngine.Create().Validate(xml);

        Assert.Empty(diagnostics);
        Assert.Equal("Möte <extra> & \"annat\"", document!.Processes[0].Name);
    }

    [Fact]
    public void Find_UnknownId_IsNull() => Assert.Null(ProcessTemplates.Find("finns-inte"));
}
