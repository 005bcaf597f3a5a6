using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Components.Cases;

/// <summary>One process instance of a case (SIP, escalation, red-thread pull, avvikelse): its name and the steps it stands at.</summary>
public sealed record CaseProcess(InstanceView Instance, string Name, IReadOnlyList<string> Steps);
