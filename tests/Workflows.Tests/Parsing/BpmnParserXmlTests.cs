using System.Text;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Hostile or broken XML gives a diagnostic, never an exception or leaked content.</summary>
public sealed class BpmnParserXmlTests
{
    private readonly BpmnParser _parser = new();

    [Fact]
    public void Parse_ExternalEntity_ErrorWithoutFileContent()
    {
        var result = _parser.Parse(BpmnXml.File("Xxe.bpmn"));

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Line);
        Assert.Contains("DTD", error.Message);
        Assert.DoesNotContain("root:", error.ToString());
    }

    [Fact]
    public void Parse_BillionLaughs_ErrorWithoutExpansion()
    {
        var result = _parser.Parse(BpmnXml.File("BillionLaughs.bpmn"));

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("lol", error.Message);
    }

    [Fact]
    public void Parse_MalformedXml_ErrorWithLine()
    {
        var xml = "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n  </bpmn:proces>\n</bpmn:definitions>";

        var result = _parser.Parse(xml);

        var error = Assert.Single(result.Diagnostics);
        Assert.True(result.HasErrors);
        Assert.Equal(4, error.Line);
        Assert.Null(error.ElementId);
    }

    [Fact]
    public void Parse_ExternalEntityFromStream_ErrorWithLine()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BpmnXml.File("Xxe.bpmn")));

        var result = _parser.Parse(stream);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void Parse_Stream_SameAsString()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BpmnXml.File("ModelerExport.bpmn")));

        var result = _parser.Parse(stream);

        Assert.False(result.HasErrors);
        Assert.Single(result.Document!.Processes);
    }

    [Fact]
    public void Parse_WrongRootElement_Error()
    {
        var result = _parser.Parse("<definitions xmlns=\"urn:other\" />");

        Assert.True(result.HasErrors);
        Assert.Null(result.Document);
    }
}
