namespace Repro.Harness.Cli;

/// <summary>The git checkout the manifest describes: the nearest folder with a .git above the working directory.</summary>
internal static class RepositoryLocator
{
    public static string Find()
    {
        for (string? folder = Environment.CurrentDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
                return folder;
        return Environment.CurrentDirectory;
    }
}
