namespace CommerceHub.Customs.Tests.Support;

/// <summary>Finds ../shared beside the repository root (the worktree or the CI checkout), where the official samples live.</summary>
internal static class SharedSpecs
{
    public static string SamplesFolder { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "specs", "customs", "ceb-2022", "samples", "export");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommerceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CommerceHub.sln not found above " + AppContext.BaseDirectory);
    }
}
