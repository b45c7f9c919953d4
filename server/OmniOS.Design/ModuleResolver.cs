namespace OmniOS.Design;

/// <summary>A tsconfig "paths" entry: "@/*" → ["./*"], relative to the workspace root (baseUrl applied).</summary>
public sealed record PathMapping(string Pattern, IReadOnlyList<string> Targets);

/// <summary>
/// Follows an import to a project file, as TypeScript would: relative paths and tsconfig path
/// mappings, with the usual extensions and index files. Paths are workspace-relative with forward
/// slashes. It does no IO itself: the host tells it which files exist.
/// </summary>
public sealed class ModuleResolver(Func<string, bool> fileExists, IReadOnlyList<PathMapping>? mappings = null)
{
    private static readonly string[] Extensions = [".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs"];

    /// <summary>The project file that <paramref name="source"/>, imported from <paramref name="importer"/>, refers to; null for a package or a missing file.</summary>
    public string? Resolve(string importer, string source) => Resolve(importer, source, TryFile);

    /// <summary>
    /// The project file of an import that names a file exactly, such as a stylesheet (<c>./globals.css</c>,
    /// <c>@/styles/app.css</c> through a path mapping); null for a package or a missing file.
    /// </summary>
    public string? ResolveFile(string importer, string source) => Resolve(importer, source, path => path.Length > 0 && fileExists(path) ? path : null);

    private string? Resolve(string importer, string source, Func<string, string?> tryFile)
    {
        if (source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal) || source is "." or "..")
        {
            var directory = importer.Contains('/') ? importer[..importer.LastIndexOf('/')] : string.Empty;
            return tryFile(Combine(directory, source));
        }
        foreach (var mapping in mappings ?? [])
        {
            var star = mapping.Pattern.IndexOf('*');
            string? captured = null;
            if (star < 0 && source == mapping.Pattern)
                captured = string.Empty;
            else if (star >= 0 && source.StartsWith(mapping.Pattern[..star], StringComparison.Ordinal) && source.EndsWith(mapping.Pattern[(star + 1)..], StringComparison.Ordinal)
                && source.Length >= mapping.Pattern.Length - 1)
                captured = source[star..(source.Length - (mapping.Pattern.Length - star - 1))];
            if (captured is null)
                continue;
            foreach (var target in mapping.Targets)
            {
                if (tryFile(Combine(string.Empty, target.Replace("*", captured, StringComparison.Ordinal))) is { } found)
                    return found;
            }
        }
        return null;
    }

    private string? TryFile(string path)
    {
        if (path.Length > 0 && fileExists(path) && Extensions.Any(e => path.EndsWith(e, StringComparison.Ordinal)))
            return path;
        foreach (var extension in Extensions)
        {
            if (fileExists(path + extension))
                return path + extension;
        }
        foreach (var extension in Extensions)
        {
            var index = (path.Length == 0 ? "" : path + "/") + "index" + extension;
            if (fileExists(index))
                return index;
        }
        return null;
    }

    /// <summary>Joins and normalises a workspace-relative path ("a/b" + "../c" → "a/c").</summary>
    public static string Combine(string directory, string relative)
    {
        var parts = new List<string>();
        foreach (var part in (directory.Length == 0 ? relative : directory + "/" + relative).Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
