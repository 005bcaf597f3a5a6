namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from: the real workflows, and where screenshots go.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary>Screenshots of the main pages, for a reviewer to look at; ignored by git, kept by CI.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(Root, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Samverkan.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Samverkan.sln above {AppContext.BaseDirectory}");
    }
}
