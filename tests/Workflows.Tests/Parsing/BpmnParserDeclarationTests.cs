using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Root elements that describe a process without changing how it runs: other tools write them, the file still deploys.</summary>
public sealed class BpmnParserDeclarationTests
{
    private readonly BpmnParser _parser = new();

    [Theory]
    [InlineData("""<bpmn:resource id="D" name="Clerk" />""", "resource")]
    [InlineData("""<bpmn:interface id="D" name="Billing"><bpmn:operation id="D_op" name="charge" /></bpmn:interface>""", "interface")]
    [InlineData("""<bpmn:globalUserTask id="D" name="Approve" />""", "globalUserTask")]
    [InlineData("""<bpmn:partnerRole id="D" name="Bank" />""", "partnerRole")]
    public void Parse_DescriptiveRootElement_WarnsAndStillDeploys(string declaration, string kind)
    {
        var result = _parser.Parse(BpmnXml.Definitions("""<bpmn:startEvent id="S" />""", declaration));

        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "declaration-ignored");
        Assert.Equal("D", warning.ElementId);
        Assert.StartsWith($"{kind} is ignored", warning.Message);
    }

    [Fact]
    public void Parse_Relationship_IsSilent()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""<bpmn:startEvent id="S" />""",
            """<bpmn:relationship id="R" type="trace"><bpmn:source>S</bpmn:source><bpmn:target>S</bpmn:target></bpmn:relationship>"""));

        Assert.Empty(result.Diagnostics);
    }
}
