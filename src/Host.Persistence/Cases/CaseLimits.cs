namespace Samverkan.Host.Persistence.Cases;

/// <summary>How long the free-text and id values of cases and consents may be, and how many of them a list holds.</summary>
public static class CaseLimits
{
    public const int Title = 200;
    public const int Name = 200;
    public const int Organisation = 100;
    public const int Category = 100;
    public const int Items = 50;
}
