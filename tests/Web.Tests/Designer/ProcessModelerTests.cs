using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Components.Designer;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Designer;

/// <summary>The modeler validates with the real engine and shows what it finds in Swedish, in the list and on the diagram.</summary>
public sealed class ProcessModelerTests : HostStoresComponentTest
{
    // The default flow carries a condition: an error on the gateway; the task no flow reaches: a warning.
    private const string Broken = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="trasig" name="Trasig" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="G" />
            <bpmn:exclusiveGateway id="G" default="FB" />
            <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="B"><bpmn:conditionExpression>${b}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:endEvent id="A" />
            <bpmn:endEvent id="B" />
            <bpmn:userTask id="Glomd" name="Glömd uppgift" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly BunitJSModuleInterop _bpmn;

    public ProcessModelerTests()
    {
        Services.AddSingleton(DesignerEngine.Create());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _bpmn = JSInterop.SetupModule("./lib/bpmn/samverkan-bpmn.js");
        _bpmn.Setup<string>("getXml", _ => true).SetResult(Broken);
        SignIn("designer-1", "region", Roles.Processdesigner);
    }

    [Fact]
    public void Opens_WithTheOrganisationsGroupsForThePropertiesPanel()
    {
        var modeler = Render<ProcessModeler>(p => p.Add(x => x.Xml, Broken).Add(x => x.FileName, "trasig.bpmn"));

        modeler.WaitForAssertion(() => Assert.Single(_bpmn.Invocations["createModeler"]));
        var options = JsonSerializer.SerializeToElement(_bpmn.Invocations["createModeler"].Single().Arguments[4]);
        var groups = options.GetProperty("candidateGroups").EnumerateArray()
            .ToDictionary(g => g.GetProperty("id").GetString()!, g => g.GetProperty("name").GetString());
        Assert.Equal("SIP-samordnare", groups["sip-samordnare"]);
        Assert.Contains("ledningsniva", groups.Keys);
    }

    [Fact]
    public void Validate_BrokenDiagram_ListsTheProblemsInSwedishByElementName_AndMarksTheErrorInSwedish()
    {
        var modeler = Render<ProcessModeler>(p => p.Add(x => x.Xml, Broken).Add(x => x.FileName, "trasig.bpmn"));
        modeler.WaitForAssertion(() => Assert.False(modeler.Find("[data-testid=validate]").HasAttribute("disabled")));

        modeler.Find("[data-testid=validate]").Click();

        modeler.WaitForAssertion(() => Assert.Contains("1 fel", modeler.Find("[data-testid=validation-outcome]").TextContent));
        var list = modeler.Find("[data-testid=problem-list]").TextContent;
        Assert.Contains("G: Standardflödet 'FB' har ett villkor; ett standardflöde får inte ha något villkor", list);
        Assert.Contains("Glömd uppgift (Glomd): Inget sekvensflöde leder till elementet (användaruppgift): det kan aldrig nås", list);
        Assert.DoesNotContain("default flow", list);
        var marked = JsonSerializer.Serialize(_bpmn.Invocations["showErrors"].Single().Arguments[1]);
        Assert.Contains("Standardflödet 'FB' har ett villkor", JsonSerializer.Deserialize<JsonElement>(marked)[0].GetProperty("message").GetString());
    }
}
