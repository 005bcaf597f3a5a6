using Samverkan.Host.Cases.ProcessData;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Host.Tests.Cases.ProcessData;

/// <summary>What a reader who may not see a case's process data sees of its variables.</summary>
public sealed class ProcessDataMaskTests
{
    private const string Masked = ProcessDataMask.Marker;

    private static readonly ProcessModel Model = new BpmnParser().Parse("""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="s" />
            <bpmn:userTask id="t">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="category" type="enum">
                    <camunda:value id="rutin" name="En rutin har inte följts" />
                  </camunda:formField>
                  <camunda:formField id="room" type="string">
                    <camunda:properties><camunda:property id="personalData" value="false" /></camunda:properties>
                  </camunda:formField>
                  <camunda:formField id="note" type="string" />
                  <camunda:formField id="mixed" type="string">
                    <camunda:properties><camunda:property id="personalData" value="false" /></camunda:properties>
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="u">
              <bpmn:extensionElements>
                <camunda:formData><camunda:formField id="mixed" type="string" /></camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="u" />
          </bpmn:process>
        </bpmn:definitions>
        """).Document!.Processes[0];

    [Fact]
    public void Apply_FreeTextAndStartVariables_Masked_NamesListed()
    {
        var shown = ProcessDataMask.Apply(new Dictionary<string, object?> { ["needDescription"] = "Tolvan behöver stöd", ["note"] = "x" }, Model);

        Assert.Equal(Masked, shown.Values["needDescription"]);
        Assert.Equal(Masked, shown.Values["note"]);
        Assert.Equal(["needDescription", "note"], shown.Masked.Order());
    }

    [Fact]
    public void Apply_ChoiceAmongTheOptions_Shown_AnythingElseUnderItsNameMasked()
    {
        var option = ProcessDataMask.Apply(new Dictionary<string, object?> { ["category"] = "rutin" }, Model);
        var other = ProcessDataMask.Apply(new Dictionary<string, object?> { ["category"] = "Tolvan Tolvansson" }, Model);

        Assert.Equal("rutin", option.Values["category"]);
        Assert.Empty(option.Masked);
        Assert.Equal(Masked, other.Values["category"]);
    }

    [Fact]
    public void Apply_TextMarkedPersonalDataFalse_Shown_UnlessItLooksLikeAPersonnummer()
    {
        var room = ProcessDataMask.Apply(new Dictionary<string, object?> { ["room"] = "Stadshuset, rum 3" }, Model);
        var number = ProcessDataMask.Apply(new Dictionary<string, object?> { ["room"] = "hos 19121212-1212" }, Model);

        Assert.Equal("Stadshuset, rum 3", room.Values["room"]);
        Assert.Equal(Masked, number.Values["room"]);
    }

    [Fact]
    public void Apply_FieldSafeInOneTaskButFreeTextInAnother_Masked()
    {
        Assert.Equal(Masked, ProcessDataMask.Apply(new Dictionary<string, object?> { ["mixed"] = "text" }, Model).Values["mixed"]);
    }

    [Fact]
    public void Apply_YesNoNumbersAndDates_Shown_ExceptANumberLikeAPersonnummer()
    {
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var shown = ProcessDataMask.Apply(new Dictionary<string, object?>
        {
            ["deidentified"] = true, ["count"] = 3L, ["share"] = 0.5, ["due"] = at, ["empty"] = null, ["pnr"] = 191212121212L,
        }, Model);

        Assert.Equal(true, shown.Values["deidentified"]);
        Assert.Equal(3L, shown.Values["count"]);
        Assert.Equal(0.5, shown.Values["share"]);
        Assert.Equal(at, shown.Values["due"]);
        Assert.Null(shown.Values["empty"]);
        Assert.Equal(Masked, shown.Values["pnr"]);
        Assert.Equal(["pnr"], shown.Masked);
    }

    [Fact]
    public void Apply_ObjectsAndLists_KeepTheirShapeWithTheirTextMasked()
    {
        var shown = ProcessDataMask.Apply(new Dictionary<string, object?>
        {
            ["pull"] = new Dictionary<string, object?> { ["route"] = "P1", ["paused"] = false, ["parties"] = new List<object?> { "polis", 2L } },
            ["flags"] = new List<object?> { true, false },
        }, null);

        var pull = (IReadOnlyDictionary<string, object?>)shown.Values["pull"]!;
        Assert.Equal(Masked, pull["route"]);
        Assert.Equal(false, pull["paused"]);
        Assert.Equal(new object?[] { Masked, 2L }, (IEnumerable<object?>)pull["parties"]!);
        Assert.Equal(["pull"], shown.Masked);
    }

    [Fact]
    public void Apply_WithoutTheDiagram_EveryTextMasked()
    {
        Assert.Equal(Masked, ProcessDataMask.Apply(new Dictionary<string, object?> { ["category"] = "rutin" }, null).Values["category"]);
    }
}
