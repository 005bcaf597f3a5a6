using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Tests.Validation;

/// <summary>Real broken files give the catalogue's code and Swedish text beside the unchanged English one.</summary>
public sealed class SwedishDiagnosticsTests
{
    [Fact]
    public void Parse_DuplicateId_CodeAndSwedish()
    {
        var result = new BpmnParser().Parse(BpmnXml.Definitions("""
                <bpmn:startEvent id="Start" />
                <bpmn:task id="Start" />
            """));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("duplicate-id", error.Code);
        Assert.Equal("duplicate id 'Start'", error.Message);
        Assert.Equal("Id:t 'Start' används av flera element", error.Swedish);
    }

    [Fact]
    public void Parse_NotXml_SwedishFramesTheReadersMessage()
    {
        var result = new BpmnParser().Parse("<bpmn:definitions\n<oops");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("unreadable-xml", error.Code);
        var detail = error.Message["not readable XML: ".Length..];
        Assert.Equal("XML-filen går inte att läsa: " + detail, error.Swedish);
    }

    [Fact]
    public void Validate_DefaultFlowWithCondition_CodeAndSwedish()
    {
        var diagnostics = Validating.Run("""
                <bpmn:endEvent id="A" /><bpmn:endEvent id="B" />
                <bpmn:exclusiveGateway id="G" default="FB" />
                <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="B"><bpmn:conditionExpression>${b}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        var error = Assert.Single(diagnostics, d => d.IsError && d.ElementId == "G");
        Assert.Equal("default-flow-with-condition", error.Code);
        Assert.Equal("Standardflödet 'FB' har ett villkor; ett standardflöde får inte ha något villkor", error.Swedish);
    }

    [Fact]
    public void Validate_BoundaryEventOnAGateway_SwedishNamesTheKind()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S" />
                <bpmn:parallelGateway id="G" />
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G" />
                <bpmn:boundaryEvent id="B" attachedToRef="G"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
                <bpmn:endEvent id="E" />
                <bpmn:sequenceFlow id="F2" sourceRef="B" targetRef="E" />
            """);

        var error = Assert.Single(diagnostics, d => d.Code == "boundary-host-not-activity");
        Assert.Equal("boundary event is attached to the parallelGateway 'G', which is not an activity", error.Message);
        Assert.Equal("Gränshändelsen sitter på 'G' (parallell gateway), som inte är en aktivitet", error.Swedish);
    }

    [Fact]
    public void Validate_UnconnectedUserTask_SwedishWarning()
    {
        var diagnostics = Validating.Run("""<bpmn:startEvent id="S" /><bpmn:userTask id="T" />""");

        var warning = Assert.Single(diagnostics, d => d.ElementId == "T");
        Assert.False(warning.IsError);
        Assert.Equal("unreachable", warning.Code);
        Assert.Equal("Inget sekvensflöde leder till elementet (användaruppgift): det kan aldrig nås", warning.Swedish);
    }

    [Fact]
    public void Validate_DurationNotIso8601_SaysSoInSwedish()
    {
        var error = TimerError("timeDuration", "tre dagar");
        Assert.Equal("invalid-time-duration", error.Code);
        Assert.Equal("timer: timeDuration 'tre dagar' is not an ISO-8601 duration such as PT1H30M or P7D", error.Message);
        Assert.Equal("Timerns varaktighet 'tre dagar' är inte en varaktighet enligt ISO 8601, till exempel PT1H30M (en och en halv timme) eller P7D (sju dagar)", error.Swedish);
    }

    [Fact]
    public void Validate_CycleNotReadable_SwedishFramesTheParsersMessage()
    {
        var error = TimerError("timeCycle", "varje måndag");
        Assert.Equal("invalid-timer", error.Code);
        var detail = error.Message["timer: ".Length..];
        Assert.Contains("varje måndag", detail);
        Assert.Equal("Timerns värde är felaktigt: " + detail, error.Swedish);
    }

    [Fact]
    public void Parse_TimerEndEvent_SwedishNamesEventAndTrigger()
    {
        var result = new BpmnParser().Parse(BpmnXml.Definitions(
            """<bpmn:endEvent id="End"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:endEvent>"""));

        var error = Assert.Single(result.Diagnostics, d => d.ElementId == "End");
        Assert.Equal("trigger-not-supported", error.Code);
        Assert.Equal("a timer endEvent is not supported", error.Message);
        Assert.Equal("En sluthändelse av typen timer stöds inte", error.Swedish);
    }

    /// <summary>The one diagnostic of a timer catch event with this value.</summary>
    private static BpmnDiagnostic TimerError(string kind, string value)
    {
        var parsed = new BpmnParser().Parse(BpmnXml.Definitions($"""
                <bpmn:startEvent id="S" />
                <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="Wait" />
            """));

        var diagnostics = new BpmnValidator(new ExpressionChecker(new ExpressionCompiler())).Validate(parsed.Document!);

        return Assert.Single(diagnostics, d => d.ElementId == "Wait");
    }
}
