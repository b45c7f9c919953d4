namespace OmniOS.Styles.Tests;

/// <summary>Where the repository and the oracle's cached output are.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>What tests/styles/tailwind-oracle.mjs writes (scripts/test.mjs runs it before dotnet test).</summary>
    public static string OracleOutput => Path.Combine(Cache, "styles", "tailwind-oracle.json");

    /// <summary>The same for the project theme (tests/styles/project-theme.css).</summary>
    public static string ProjectOracleOutput => Path.Combine(Cache, "styles", "tailwind-oracle-project.json");

    /// <summary>Where the oracle test writes its agreement and differences for npm test to print.</summary>
    public static string OracleReport => Path.Combine(RepositoryRoot, "test-results", "styles", "tailwind-agreement.txt");

    public static string ProjectThemeCss => Path.Combine(RepositoryRoot, "tests", "styles", "project-theme.css");

    private static string Cache => Environment.GetEnvironmentVariable("OMNIOS_CACHE") is { Length: > 0 } cache
        ? cache
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "omnios");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OmniOS.Ide.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OmniOS.Ide.sln not found above " + AppContext.BaseDirectory);
    }
}
