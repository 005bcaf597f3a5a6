namespace Samverkan.Testing;

/// <summary>Paths in the repository the tests run from: the real processes and rule sets that the service deploys.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Rules => Path.Combine(Workflows, "rules");

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
