using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Tests.Validation;

public sealed class BpmnValidatorModelerExportTests
{
    [Fact]
    public void Validate_ModelerExport_NoDiagnosticsAndEveryExpressionChecked()
    {
        var document = new BpmnParser().Parse(BpmnXml.File("ModelerExport.bpmn")).Document!;
        var checker = new FakeExpressionChecker();

        var diagnostics = new BpmnValidator(checker).Validate(document);

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["${belopp * 100}", "${beslut == 'ja'}", "${forfallodatum}", "${mottagare}", "${nrOfCompletedInstances >= 1}"],
            checker.Expressions.Order());
        Assert.Equal(["P14D", "PT48H"], checker.Timers.Select(t => t.Value).Order());
    }
}
