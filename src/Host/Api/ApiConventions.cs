namespace Samverkan.Host.Api;

/// <summary>Endpoint metadata every resource declares alike.</summary>
internal static class ApiConventions
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Documents the error statuses an endpoint (or a whole group) may answer with, as problem documents.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemResponse), [ProblemContentType]));
        }
        return builder;
    }
}
