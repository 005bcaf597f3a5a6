using System.Text.Json;

namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>The worker reports a business error: a BPMN error with this code is thrown at the task, for a boundary event to catch.</summary>
internal sealed record ExternalTaskBpmnErrorRequest(string WorkerId, string ErrorCode, string? Message = null, Dictionary<string, JsonElement>? Variables = null);
