using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Api;

/// <summary>One page of a query: the items, how many match in all, and which page this is.</summary>
internal sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public static PagedResponse<T> From<TSource>(PagedResult<TSource> page, Func<TSource, T> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.Page, page.PageSize);
}
