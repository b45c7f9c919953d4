namespace OmniOS.Server.Workspace;

/// <summary>
/// Lists the source files of a workspace that the canvas can show: `.tsx .jsx .ts .js` outside
/// node_modules, dot-folders and what the .gitignore files (at the root and below) exclude.
/// </summary>
public static class ProjectScanner
{
    private static readonly string[] Extensions = [".tsx", ".jsx", ".ts", ".js"];

    public static bool IsSourceFile(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !path.EndsWith(".d.ts", StringComparison.OrdinalIgnoreCase);

    /// <summary>Workspace-relative paths ('/'-separated), sorted.</summary>
    public static List<string> Scan(string root) => Scan(root, IsSourceFile);

    /// <summary>The workspace-relative paths ('/'-separated, sorted) of the files whose name <paramref name="include"/> accepts, in the same folders.</summary>
    public static List<string> Scan(string root, Func<string, bool> include)
    {
        var results = new List<string>();
        var stack = new Stack<(string Directory, string Relative, List<(string Base, GitIgnore Rules)> Ignores)>();
        stack.Push((root, "", LoadIgnore(root, "", [])));
        while (stack.Count > 0)
        {
            var (directory, relative, ignores) = stack.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(directory).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                var isFolder = Directory.Exists(entry);
                if (isFolder && (name.StartsWith('.') || name == "node_modules"))
                    continue;
                if (IsIgnored(childRelative, isFolder, ignores))
                    continue;
                if (isFolder)
                {
                    if ((File.GetAttributes(entry) & FileAttributes.ReparsePoint) != 0)
                        continue;
                    stack.Push((entry, childRelative, LoadIgnore(entry, childRelative, ignores)));
                }
                else if (include(name))
                {
                    results.Add(childRelative);
                }
            }
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>Whether a workspace-relative path falls outside what the canvas shows (checked against every .gitignore above it).</summary>
    public static bool IsExcluded(string root, string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Take(parts.Length - 1).Any(p => p.StartsWith('.') || p == "node_modules"))
            return true;
        var ignores = LoadIgnore(root, "", []);
        var directory = root;
        var relative = "";
        for (var i = 0; i < parts.Length; i++)
        {
            relative = relative.Length == 0 ? parts[i] : relative + "/" + parts[i];
            if (IsIgnored(relative, i < parts.Length - 1, ignores))
                return true;
            if (i < parts.Length - 1)
            {
                directory = Path.Combine(directory, parts[i]);
                ignores = LoadIgnore(directory, relative, ignores);
            }
        }
        return false;
    }

    private static bool IsIgnored(string relativePath, bool isFolder, List<(string Base, GitIgnore Rules)> ignores)
    {
        bool? ignored = null;
        foreach (var (basePath, rules) in ignores)
        {
            var local = basePath.Length == 0 ? relativePath : relativePath.StartsWith(basePath + "/", StringComparison.Ordinal) ? relativePath[(basePath.Length + 1)..] : null;
            if (local is not null && rules.IsIgnored(local, isFolder) is { } verdict)
                ignored = verdict;
        }
        return ignored == true;
    }

    private static List<(string Base, GitIgnore Rules)> LoadIgnore(string directory, string relative, List<(string Base, GitIgnore Rules)> inherited)
    {
        var file = Path.Combine(directory, ".gitignore");
        if (!File.Exists(file))
            return inherited;
        try
        {
            return [.. inherited, (relative, new GitIgnore(File.ReadAllText(file)))];
        }
        catch (IOException)
        {
            return inherited;
        }
    }
}
