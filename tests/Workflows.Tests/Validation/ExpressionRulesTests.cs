using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Validation;

public sealed class ExpressionRulesTests
{
    private const string Start = """<bpmn:startEvent id="S" />""";

    [Theory]
    [InlineData("""<bpmn:exclusiveGateway id="G" /><bpmn:endEvent id="A" /><bpmn:endEvent id="B" /><bpmn:sequenceFlow id="X" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${BAD}</bpmn:conditionExpression></bpmn:sequenceFlow><bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="B" />""", "condition: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:assignee="${BAD}" />""", "assignee: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:candidateGroups="${BAD}" />""", "candidateGroups: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:candidateUsers="${BAD}" />""", "candidateUsers: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:dueDate="${BAD}" />""", "dueDate: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:followUpDate="${BAD}" />""", "followUpDate: bad expression")]
    [InlineData("""<bpmn:userTask id="X" camunda:priority="${BAD}" />""", "priority: bad expression")]
    [InlineData("""<bpmn:task id="X"><bpmn:multiInstanceLoopCharacteristics camunda:collection="BAD" /></bpmn:task>""", "collection: bad expression")]
    [InlineData("""<bpmn:task id="X"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${BAD}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>""", "loopCardinality: bad expression")]
    [InlineData("""<bpmn:task id="X"><bpmn:multiInstanceLoopCharacteristics camunda:collection="c"><bpmn:completionCondition>${BAD}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:task>""", "completionCondition: bad expression")]
    [InlineData("""<bpmn:callActivity id="X" calledElement="p"><bpmn:extensionElements><camunda:in sourceExpression="${BAD}" target="t" /></bpmn:extensionElements></bpmn:callActivity>""", "sourceExpression: bad expression")]
    [InlineData("""<bpmn:intermediateCatchEvent id="X"><bpmn:timerEventDefinition><bpmn:timeCycle>BAD</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "timer: bad timer")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="p">${BAD}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", "input parameter 'p': bad expression")]
    [InlineData("""<bpmn:task id="X"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="p"><camunda:map><camunda:entry key="k"><camunda:list><camunda:value>${BAD}</camunda:value></camunda:list></camunda:entry></camunda:map></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", "input parameter 'p': bad expression")]
    public void Validate_CheckerRejects_ErrorWithCheckerMessage(string element, string message)
    {
        var diagnostics = Validating.Run(Start + element);

        diagnostics.AssertError("X", message);
    }

    [Fact]
    public void Validate_LiteralInputParameter_NotCheckedAsExpression()
    {
        var checker = new FakeExpressionChecker();

        Validating.Run(Start + """<bpmn:task id="T"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="p">BADGE</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", checker: checker);

        Assert.Empty(checker.Expressions);
    }

    [Fact]
    public void Validate_LiteralAssignee_NotCheckedAsExpression()
    {
        var checker = new FakeExpressionChecker();

        Validating.Run(Start + """<bpmn:userTask id="U" camunda:assignee="BADGE" camunda:dueDate="2030-01-01" />""", checker: checker);

        Assert.Empty(checker.Expressions);
    }

    [Fact]
    public void Validate_Timer_PassesKindAndValue()
    {
        var checker = new FakeExpressionChecker();

        Validating.Run(Start + """<bpmn:intermediateCatchEvent id="C"><bpmn:timerEventDefinition><bpmn:timeDate>2030-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", checker: checker);

        Assert.Equal((TimerKind.Date, "2030-01-01T00:00:00Z"), Assert.Single(checker.Timers));
    }
}
