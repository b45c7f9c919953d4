namespace OmniOS.Server.Tests.Harness;

/// <summary>A throwaway copy of examples/landing-page (a small real React + Tailwind project), deleted on dispose.</summary>
public sealed class ExampleWorkspace : IDisposable
{
    private readonly string _temporary;

    /// <param name="folderName">The project folder's own name inside the temp folder (to test paths with spaces and non-ASCII letters).</param>
    public ExampleWorkspace(string? folderName = null)
    {
        _temporary = Directory.CreateTempSubdirectory("omnios-example-").FullName;
        Root = folderName is null ? _temporary : Directory.CreateDirectory(Path.Combine(_temporary, folderName)).FullName;
        Copy(Path.Combine(RepositoryRoot, "examples", "landing-page"), Root);
    }

    /// <summary>The repository checkout: the nearest folder above the test assembly holding OmniOS.Ide.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

    /// <summary>Writes a file of the copy (its folders made as needed).</summary>
    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath(relative))!);
        File.WriteAllText(FullPath(relative), text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temporary, recursive: true);
        }
        catch (IOException)
        {
            // A server process that was just killed may still be letting go of a file; the folder is in the temp dir.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(from, directory);
            if (name.Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or ".next" or ".omnios"))
                continue;
            Directory.CreateDirectory(Path.Combine(to, name));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(from, file);
            if (name.Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or ".next" or ".omnios"))
                continue;
            File.Copy(file, Path.Combine(to, name));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OmniOS.Ide.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No OmniOS.Ide.sln above {AppContext.BaseDirectory}.");
    }
}
