namespace Samverkan.Host.Api.Signals;

/// <summary>The instances the signal reached (none is not an error: nobody was waiting).</summary>
internal sealed record SignalResponse(IReadOnlyList<Guid> InstanceIds);
