using System.Text.Json;
using OmniOS.Server.Workspace;
using OmniOS.Styles.Css;

namespace OmniOS.Server.Engine;

/// <summary>
/// Reads the CSS a project loads: the stylesheets its sources import (relative, through a tsconfig path mapping, or from
/// a package: <c>import "swiper/css"</c>), what those import in turn (<c>@import "./theme.css"</c>,
/// <c>@import "tw-animate-css"</c>, resolved as postcss-import does: a file beside the sheet, else a package in
/// node_modules, by its <c>exports</c>' <c>style</c> condition, its <c>style</c> field or the path itself), and every
/// other <c>.css</c> file of the workspace (a sheet linked from HTML defines classes too).
/// </summary>
internal static class ProjectCssReader
{
    private const int MaxSheets = 500;

    public static ProjectCss Read(DesignWorkspace workspace)
    {
        var reading = new Reading(workspace.Files);
        foreach (var summary in workspace.ListDocuments())
        {
            if (workspace.TryGet(summary.Path) is not { } document)
                continue;
            foreach (var import in document.Model.Imports.Where(i => i.Source.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
            {
                var full = workspace.Files.Resolver.ResolveFile(summary.Path, import.Source) is { } local
                    ? workspace.Files.ToFullPath(local)
                    : IsRelative(import.Source) ? null : Package(import.Source, Path.GetDirectoryName(workspace.Files.ToFullPath(summary.Path))!);
                if (full is null)
                    reading.CouldNotRead($"{summary.Path} imports \"{import.Source}\", which was not found (are the packages installed?)");
                else
                    reading.Visit(full);
            }
        }
        foreach (var path in ProjectScanner.Scan(workspace.Files.Root, name => name.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
            reading.Visit(workspace.Files.ToFullPath(path));
        return reading.Result();
    }

    private sealed class Reading(WorkspaceFiles files)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<(string Path, StylesheetOutline Outline)> _sheets = [];
        private string? _unknowable;

        public void CouldNotRead(string reason) => _unknowable ??= reason;

        public void Visit(string full)
        {
            if (_seen.Count >= MaxSheets || !_seen.Add(full))
                return;
            string css;
            try
            {
                css = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
            var shown = files.ToRelativePath(full);
            var outline = StylesheetReader.Read(css);
            _sheets.Add((shown, outline));
            if (outline.Plugins.Count > 0)
                CouldNotRead($"{shown} loads the plugin \"{outline.Plugins[0]}\", whose classes only running it would tell");
            if (outline.Configs.Count > 0)
                CouldNotRead($"{shown} loads the JavaScript configuration \"{outline.Configs[0]}\"");
            if (outline.HasTailwindDirectives)
                CouldNotRead($"{shown} uses Tailwind v3's @tailwind directives, whose theme lives in tailwind.config.js");
            foreach (var import in outline.Imports)
            {
                if (import == "tailwindcss" || import.StartsWith("tailwindcss/", StringComparison.Ordinal) || import.Contains("://", StringComparison.Ordinal) || import.StartsWith("//", StringComparison.Ordinal))
                    continue;
                var directory = Path.GetDirectoryName(full)!;
                var beside = Path.GetFullPath(Path.Combine(directory, import));
                var found = File.Exists(beside) ? beside : File.Exists(beside + ".css") ? beside + ".css" : IsRelative(import) ? null : Package(import, directory);
                if (found is null)
                    CouldNotRead($"{shown} imports \"{import}\", which was not found (are the packages installed?)");
                else
                    Visit(found);
            }
        }

        public ProjectCss Result() =>
            new(new StylesheetClasses(_sheets), _sheets.Any(s => s.Outline.ImportsTailwind), _unknowable, [.. _seen]);
    }

    private static bool IsRelative(string specifier) => specifier.StartsWith('.') || specifier.StartsWith('/');

    /// <summary>The stylesheet a package specifier (<c>swiper/css</c>, <c>@scope/ui/styles.css</c>) names, looked up in the node_modules folders above <paramref name="from"/>.</summary>
    private static string? Package(string specifier, string from)
    {
        var parts = specifier.Split('/');
        var nameLength = specifier.StartsWith('@') && parts.Length > 1 ? 2 : 1;
        var name = string.Join('/', parts.Take(nameLength));
        var subpath = string.Join('/', parts.Skip(nameLength));
        for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
        {
            var package = Path.Combine(directory.FullName, "node_modules", name);
            if (Directory.Exists(package))
                return InPackage(package, subpath);
        }
        return null;
    }

    private static string? InPackage(string package, string subpath)
    {
        JsonElement manifest = default;
        try
        {
            var manifestPath = Path.Combine(package, "package.json");
            if (File.Exists(manifestPath))
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
                manifest = document.RootElement.Clone();
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A package without a readable manifest is looked up by its paths alone.
        }
        string? Existing(string? relative) => relative is not null && File.Exists(Path.Combine(package, relative)) ? Path.GetFullPath(Path.Combine(package, relative)) : null;
        if (manifest.ValueKind == JsonValueKind.Object && manifest.TryGetProperty("exports", out var exports))
        {
            var key = subpath.Length == 0 ? "." : "./" + subpath;
            var entry = exports.ValueKind == JsonValueKind.Object && exports.TryGetProperty(key, out var keyed) ? keyed
                : key == "." && (exports.ValueKind == JsonValueKind.String || exports.ValueKind == JsonValueKind.Object && !exports.EnumerateObject().Any(p => p.Name.StartsWith('.'))) ? exports
                : default;
            if (Existing(StyleTarget(entry)) is { } exported)
                return exported;
        }
        if (subpath.Length > 0)
            return Existing(subpath) ?? Existing(subpath + ".css");
        var field = manifest.ValueKind == JsonValueKind.Object && manifest.TryGetProperty("style", out var style) && style.ValueKind == JsonValueKind.String ? style.GetString() : null;
        return Existing(field) ?? Existing("index.css");
    }

    /// <summary>The target of an exports entry for a stylesheet: a string, or the first of its style, import, default and require conditions.</summary>
    private static string? StyleTarget(JsonElement entry)
    {
        if (entry.ValueKind == JsonValueKind.String)
            return entry.GetString();
        if (entry.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var condition in new[] { "style", "import", "default", "require" })
        {
            if (entry.TryGetProperty(condition, out var target) && StyleTarget(target) is { } found && found.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                return found;
        }
        return null;
    }
}
