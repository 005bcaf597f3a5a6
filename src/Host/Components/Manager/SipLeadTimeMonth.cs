namespace Samverkan.Host.Components.Manager;

/// <summary>SIPs started in one month (Stockholm, "2026-03"): how many, how many have an established plan, and the days it took.</summary>
internal sealed record SipLeadTimeMonth(string Month, int Started, int PlanEstablished, double? MedianDays, double? MaxDays);
