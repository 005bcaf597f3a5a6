using Samverkan.Testing;
using Samverkan.Host.Components.Shared;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Shared;

public sealed class ProcessElementNamesTests
{
    private static readonly string Sip = File.ReadAllText(Path.Combine(Repository.Workflows, "sip.bpmn"));

    [Fact]
    public void Read_TheSipProcess_NamesItsSteps()
    {
        var names = ProcessElementNames.Read(Sip);

        Assert.Equal("Bedöm behov av SIP", names["assessNeed"]);
        Assert.Equal("Registrera samtycke", names["recordConsent"]);
    }

    [Fact]
    public void FieldLabels_TheSipProcess_LabelsItsFormFields()
    {
        var labels = ProcessElementNames.FieldLabels(Sip);

        Assert.Equal("Skäl till att SIP inte upprättas", labels["refusalReason"]);
        Assert.False(labels.ContainsKey("assessNeed"));
    }

    [Fact]
    public void FieldValueNames_TheProblemProcess_NamesTheOutcomes()
    {
        var names = ProcessElementNames.FieldValueNames(File.ReadAllText(Path.Combine(Repository.Workflows, "samverkansproblem.bpmn")));

        Assert.Equal("Lyft till nästa nivå", names["caseWorkerLevelOutcome"]["lift"]);
        Assert.DoesNotContain("caseWorkerLevelNotes", names.Keys);
    }

    [Fact]
    public void Read_ADocumentTypeDefinition_IsNotProcessed()
    {
        const string hostile = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d id="a" name="&x;" />""";

        Assert.Empty(ProcessElementNames.Read(hostile));
    }
}
