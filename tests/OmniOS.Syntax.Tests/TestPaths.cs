namespace OmniOS.Syntax.Tests;

/// <summary>Where the test data lives in the source tree (fixtures are read from there, not copied).</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ParserFixtures => Path.Combine(RepositoryRoot, "tests", "OmniOS.Syntax.Tests", "TestData", "parser");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OmniOS.Ide.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OmniOS.Ide.sln not found above " + AppContext.BaseDirectory);
    }
}
