using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>One family of checks over a process; adds what it finds.</summary>
internal interface IProcessRule
{
    void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics);
}
