using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Variables from outside pass the input validator on every way in, and a refusal changes nothing.</summary>
public sealed class VariableInputValidatorTests
{
    private const string Refused = "forbidden";

    private const string TaskProcess =
        """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:endEvent id="e"/>""" + """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>""";

    private readonly RefusingValidator _validator = new();
    private readonly EngineFixture _f;

    public VariableInputValidatorTests()
    {
        _f = new EngineFixture(inputValidator: _validator);
    }

    [Fact]
    public async Task Start_RefusedValue_NoInstanceAndTheFieldIsNamed()
    {
        await _f.DeployAsync("p", TaskProcess);

        var refused = await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.StartAsync("p", "case-1", V(("note", Refused))));

        Assert.Equal("note", Assert.Single(refused.Errors).Field);
        Assert.Equal(["case-1"], Assert.Single(_validator.Seen).BusinessKeys);
        Assert.Equal(0, (await _f.Engine.QueryInstancesAsync(new InstanceQuery())).Total);
    }

    [Fact]
    public async Task Start_NoVariables_ValidatorNotAsked()
    {
        await _f.DeployAsync("p", TaskProcess);

        await _f.Engine.StartAsync("p", "case-1");

        Assert.Empty(_validator.Seen);
    }

    [Fact]
    public async Task CompleteTask_RefusedValue_TaskStaysOpenAndNothingIsSet()
    {
        await _f.DeployAsync("p", TaskProcess);
        var instance = await _f.Engine.StartAsync("p", "case-1");
        var task = await _f.SingleTaskAsync(instance.Id, "t");

        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.CompleteTaskAsync(task.Id, V(("note", Refused))));

        Assert.Equal(UserTaskStatus.Open, (await _f.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.False((await _f.InstanceAsync(instance.Id)).Variables.ContainsKey("note"));
        await _f.Engine.CompleteTaskAsync(task.Id, V(("note", "fine")));
        Assert.Equal(InstanceStatus.Completed, (await _f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task CompleteTask_InACalledInstance_SeesTheCallersBusinessKeyToo()
    {
        await _f.DeployAsync("child", TaskProcess);
        await _f.DeployAsync("parent", """<bpmn:startEvent id="s"/><bpmn:callActivity id="c" calledElement="child"/><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "c") + Flow("f2", "c", "e"));
        var parent = await _f.Engine.StartAsync("parent", "case-1");
        var child = Assert.Single((await _f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = parent.Id })).Items);
        var task = await _f.SingleTaskAsync(child.Id, "t");

        await _f.Engine.CompleteTaskAsync(task.Id, V(("note", "fine")));

        Assert.Equal([null, "case-1"], Assert.Single(_validator.Seen).BusinessKeys);
    }

    [Fact]
    public async Task SetVariables_RefusedValue_NothingIsSet()
    {
        await _f.DeployAsync("p", TaskProcess);
        var instance = await _f.Engine.StartAsync("p", "case-1");

        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.SetVariablesAsync(instance.Id, V(("note", Refused))));

        Assert.False((await _f.InstanceAsync(instance.Id)).Variables.ContainsKey("note"));
        Assert.DoesNotContain(await _f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.VariablesSet);
    }

    [Fact]
    public async Task Message_RefusedPayload_NotDeliveredToAnyMatch()
    {
        const string waiting = """<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="c"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent><bpmn:endEvent id="e"/>""";
        await _f.DeployAsync("p", waiting + Flow("f1", "s", "c") + Flow("f2", "c", "e"), """<bpmn:message id="m" name="svar"/>""");
        var a = await _f.Engine.StartAsync("p", "case-1", V(("group", "g")));
        var b = await _f.Engine.StartAsync("p", "case-2", V(("group", "g")));
        _validator.Seen.Clear();

        await Assert.ThrowsAsync<FormValidationException>(() =>
            _f.Engine.CorrelateMessageAsync("svar", correlation: V(("group", "g")), variables: V(("note", Refused)), all: true));

        Assert.Equal(InstanceStatus.Active, (await _f.InstanceAsync(a.Id)).Status);
        Assert.Equal(InstanceStatus.Active, (await _f.InstanceAsync(b.Id)).Status);
        Assert.Contains(_validator.Seen, s => s.BusinessKeys[0] == "case-1");
    }

    [Fact]
    public async Task MessageStart_RefusedPayload_StartsNothing()
    {
        await _f.DeployAsync("pull", """<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent><bpmn:userTask id="t"/>""" + Flow("f", "s", "t"),
            """<bpmn:message id="m" name="rodaSnoret"/>""");

        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.CorrelateMessageAsync("rodaSnoret", "case-9", variables: V(("note", Refused))));

        Assert.Equal(0, (await _f.Engine.QueryInstancesAsync(new InstanceQuery())).Total);
    }

    [Fact]
    public async Task Signal_RefusedPayloadForOneWaitingInstance_ReachesNone()
    {
        const string declarations = """<bpmn:signal id="sig" name="paus"/>""";
        await _f.DeployAsync("listener", """<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="c"><bpmn:signalEventDefinition signalRef="sig"/></bpmn:intermediateCatchEvent><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "c") + Flow("f2", "c", "e"), declarations);
        var open = await _f.Engine.StartAsync("listener", "open-case");
        var closed = await _f.Engine.StartAsync("listener", RefusingValidator.ClosedKey);

        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.BroadcastSignalAsync("paus", V(("note", "text"))));

        Assert.Equal(InstanceStatus.Active, (await _f.InstanceAsync(open.Id)).Status);
        Assert.Equal(InstanceStatus.Active, (await _f.InstanceAsync(closed.Id)).Status);
    }

    [Fact]
    public async Task ExternalTask_RefusedResult_StaysLockedAndTheInstanceWaits()
    {
        await _f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:serviceTask id="send" camunda:type="external" camunda:topic="sms"/><bpmn:userTask id="next"/>""" + Flow("f1", "s", "send") + Flow("f2", "send", "next"));
        var instance = await _f.Engine.StartAsync("p", "case-1");
        var locked = Assert.Single(await _f.Engine.FetchAndLockAsync("w1", ["sms"], 1, TimeSpan.FromMinutes(1)));

        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.CompleteExternalTaskAsync(locked.Id, "w1", V(("note", Refused))));
        await Assert.ThrowsAsync<FormValidationException>(() => _f.Engine.ThrowExternalTaskErrorAsync(locked.Id, "w1", "E", null, V(("note", Refused))));

        Assert.Empty(await _f.OpenTasksAsync(instance.Id));
        await _f.Engine.CompleteExternalTaskAsync(locked.Id, "w1", V(("note", "sent")));
        Assert.Equal("next", Assert.Single(await _f.OpenTasksAsync(instance.Id)).ElementId);
    }

    /// <summary>Refuses the value "forbidden" anywhere, and any variable at all for the business key "closed".</summary>
    private sealed class RefusingValidator : IVariableInputValidator
    {
        public const string ClosedKey = "closed";

        public List<VariableInput> Seen { get; } = [];

        public Task<IReadOnlyList<FieldError>> ValidateAsync(VariableInput input, CancellationToken ct)
        {
            Seen.Add(input);
            IReadOnlyList<FieldError> errors = input.BusinessKeys.Contains(ClosedKey)
                ? [.. input.Variables.Keys.Select(k => new FieldError(k, "closed"))]
                : [.. input.Variables.Where(v => Equals(v.Value, Refused)).Select(v => new FieldError(v.Key, "refused"))];
            return Task.FromResult(errors);
        }
    }
}
