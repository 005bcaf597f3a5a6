using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>A file as Camunda Modeler writes it: DI, incoming/outgoing children, modeler attributes.</summary>
public sealed class BpmnParserModelerExportTests
{
    private readonly ParseResult _result = new BpmnParser().Parse(BpmnXml.File("ModelerExport.bpmn"));

    private ProcessModel Process => Assert.Single(_result.Document!.Processes);

    [Fact]
    public void Parse_ModelerExport_HasNoErrors()
    {
        Assert.False(_result.HasErrors, string.Join("\n", _result.Diagnostics));
        Assert.Equal("Ansokan", Process.Id);
        Assert.Equal("Ansökan om bidrag", Process.Name);
    }

    [Fact]
    public void Parse_ModelerExport_WarnsAboutIgnoredAttributesButNotHistoryTimeToLive()
    {
        var warnings = _result.Diagnostics.Select(d => d.Message).ToList();

        Assert.DoesNotContain(warnings, m => m.Contains("asyncBefore"));
        Assert.Equal(new AsyncContinuation { Before = true }, Process.Node("Activity_Notifiera").Async);
        Assert.Contains(warnings, m => m.Contains("camunda:versionTag is ignored"));
        Assert.DoesNotContain(warnings, m => m.Contains("historyTimeToLive"));
    }

    [Fact]
    public void Parse_UserTask_ReadsAssignmentAndForm()
    {
        var task = Assert.IsType<UserTask>(Process.Node("Activity_Granska"));

        Assert.Equal("handlaggare", task.CandidateGroups);
        Assert.Equal("${forfallodatum}", task.DueDate);
        Assert.Equal("50", task.Priority);
        Assert.Equal(["beslut", "belopp", "kommentar"], task.FormFields.Select(f => f.Id));
        var beslut = task.FormFields[0];
        Assert.Equal("enum", beslut.Type);
        Assert.Equal([new FormFieldOption("ja", "Bevilja"), new FormFieldOption("nej", "Avslå")], beslut.Options);
        var belopp = task.FormFields[1];
        Assert.True(belopp.Required);
        Assert.Equal(0, belopp.Min);
        Assert.Equal("0", belopp.DefaultValue);
        Assert.Equal(500, task.FormFields[2].MaxLength);
    }

    [Fact]
    public void Parse_Flows_LinkNodesFromSequenceFlows()
    {
        var gateway = Assert.IsType<Gateway>(Process.Node("Gateway_Beslut"));

        Assert.Equal(GatewayKind.Exclusive, gateway.GatewayKind);
        Assert.Equal("Flow_Nej", gateway.DefaultFlowId);
        Assert.Equal(["Flow_TillBeslut"], gateway.Incoming);
        Assert.Equal(["Flow_Ja", "Flow_Nej"], gateway.Outgoing);
        Assert.Equal("${beslut == 'ja'}", Process.Flow("Flow_Ja").Condition);
        Assert.Null(Process.Flow("Flow_Nej").Condition);
        Assert.Equal(2, Process.Node("EndEvent_1").Incoming.Count);
    }

    [Fact]
    public void Parse_BoundaryEvents_AttachToTheirActivities()
    {
        var timer = Assert.IsType<BoundaryEvent>(Process.Node("Event_Paminnelse"));
        var error = Assert.IsType<BoundaryEvent>(Process.Node("Event_BetalningFel"));

        Assert.False(timer.CancelActivity);
        Assert.Equal(new TimerTrigger(TimerKind.Duration, "PT48H"), timer.Trigger);
        Assert.Equal(new ErrorTrigger("BETALNING_FEL", "Betalningsfel"), error.Trigger);
        Assert.Equal(["Event_Paminnelse"], ((Activity)Process.Node("Activity_Granska")).BoundaryEventIds);
        Assert.Equal(["Event_BetalningFel"], ((Activity)Process.Node("Activity_Utbetalning")).BoundaryEventIds);
    }

    [Fact]
    public void Parse_Services_ReadExternalTopicAndHandlerWithMultiInstance()
    {
        var external = Assert.IsType<ServiceTask>(Process.Node("Activity_Paminn"));
        var handler = Assert.IsType<ServiceTask>(Process.Node("Activity_Notifiera"));

        Assert.Equal((ServiceImplementation.External, "paminnelse"), (external.Implementation, external.Target));
        Assert.Equal((ServiceImplementation.Handler, "notifiera"), (handler.Implementation, handler.Target));
        Assert.NotNull(handler.MultiInstance);
        Assert.Equal("${mottagare}", handler.MultiInstance.Collection);
        Assert.Equal("mottagare", handler.MultiInstance.ElementVariable);
        Assert.Equal("${nrOfCompletedInstances >= 1}", handler.MultiInstance.CompletionCondition);
        Assert.False(handler.MultiInstance.IsSequential);
    }

    [Fact]
    public void Parse_CallActivity_ReadsBindingAndMappings()
    {
        var call = Assert.IsType<CallActivity>(Process.Node("Activity_Utbetalning"));

        Assert.Equal("Utbetalning", call.CalledElement);
        Assert.Equal(CalledElementBinding.Version, call.Binding);
        Assert.Equal(3, call.Version);
        Assert.True(call.In[0].BusinessKey);
        Assert.Equal(("belopp", "belopp"), (call.In[1].Source, call.In[1].Target));
        Assert.Equal("${belopp * 100}", call.In[2].SourceExpression);
        Assert.True(Assert.Single(call.Out).All);
    }

    [Fact]
    public void Parse_SubProcesses_ScopeTheirNodes()
    {
        var eventSub = Assert.IsType<SubProcess>(Process.Node("Activity_Aterkallad"));
        var start = Assert.IsType<StartEvent>(Process.Node("Event_Aterkallad"));
        var receive = Assert.IsType<ReceiveTask>(Process.Node("Activity_VantaKompl"));

        Assert.True(eventSub.TriggeredByEvent);
        Assert.Equal("Activity_Aterkallad", start.ScopeId);
        Assert.False(start.IsInterrupting);
        Assert.Equal(new MessageTrigger("aterkallelse"), start.Trigger);
        Assert.Equal("Activity_Komplettering", receive.ScopeId);
        Assert.Equal("komplettering", receive.MessageName);
        Assert.Null(Process.Node("StartEvent_1").ScopeId);
        Assert.Equal(3, Process.ChildrenOf("Activity_Komplettering").Count);
    }

    [Fact]
    public void Parse_EventBasedGateway_ReadsCatchEvents()
    {
        Assert.Equal(new MessageTrigger("kvittens"), Assert.IsType<IntermediateCatchEvent>(Process.Node("Event_Svar")).Trigger);
        Assert.Equal(new TimerTrigger(TimerKind.Duration, "P14D"), Assert.IsType<IntermediateCatchEvent>(Process.Node("Event_Timeout")).Trigger);
        Assert.Equal(TerminateTrigger.Instance, Assert.IsType<EndEvent>(Process.Node("Event_Fel")).Trigger);
    }

    [Fact]
    public void Parse_Nodes_CarryTheirLine()
    {
        Assert.Equal(4, Process.Node("StartEvent_1").Line);
        Assert.Equal(8, Process.Node("Activity_Granska").Line);
        Assert.Equal(7, Process.Flow("Flow_Start").Line);
    }
}
