using System.Text.Json;
using OmniOS.Design;

namespace OmniOS.Server.Workspace;

/// <summary>
/// The files of a workspace as the design layer sees them: workspace-relative paths with forward
/// slashes, and a module resolver that follows imports (tsconfig "paths" included).
/// </summary>
public sealed class WorkspaceFiles
{
    public WorkspaceFiles(string root)
    {
        Root = Path.GetFullPath(root);
        Resolver = new ModuleResolver(relative => File.Exists(ToFullPath(relative)), ReadPathMappings(Root));
    }

    public string Root { get; }

    public ModuleResolver Resolver { get; }

    /// <summary>The workspace of a file: the nearest folder above it with a package.json, tsconfig.json or .git.</summary>
    public static WorkspaceFiles ForFile(string file)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(file))!);
        for (var current = directory; current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "package.json")) || File.Exists(Path.Combine(current.FullName, "tsconfig.json"))
                || Directory.Exists(Path.Combine(current.FullName, ".git")))
                return new WorkspaceFiles(current.FullName);
        }
        return new WorkspaceFiles(directory.FullName);
    }

    public string ToRelativePath(string fullPath) => Path.GetRelativePath(Root, Path.GetFullPath(fullPath)).Replace('\\', '/');

    public string ToFullPath(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>compilerOptions.paths (relative to baseUrl) from tsconfig.json or jsconfig.json; none when absent or unreadable.</summary>
    private static List<PathMapping> ReadPathMappings(string root)
    {
        foreach (var name in new[] { "tsconfig.json", "jsconfig.json" })
        {
            var file = Path.Combine(root, name);
            if (!File.Exists(file))
                continue;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (!document.RootElement.TryGetProperty("compilerOptions", out var options))
                    return [];
                var baseUrl = options.TryGetProperty("baseUrl", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : ".";
                if (!options.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
                    return [];
                return paths.EnumerateObject()
                    .Select(p => new PathMapping(p.Name, p.Value.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => ModuleResolver.Combine(baseUrl, t.GetString()!)).ToList()))
                    .ToList();
            }
            catch (JsonException)
            {
                return [];
            }
        }
        return [];
    }
}
