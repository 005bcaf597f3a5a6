namespace Samverkan.Host.Cases.Plans;

/// <summary>How a paragraph of the printed plan is set.</summary>
public enum PlanLineStyle
{
    Title,
    Heading,
    Body,
}
