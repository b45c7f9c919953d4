using System.Text.Json;
using OmniOS.Syntax;

namespace OmniOS.TestSupport;

/// <summary>
/// The corpus of real React files that tests/corpus/prepare.mjs downloads (with npm pack) and
/// annotates with @babel/parser's JSX spans, cached outside the repository. Compiled into each
/// test project that reads it (test projects do not reference each other).
/// </summary>
public static class Corpus
{
    public sealed record Entry(string Path, string Expected, string Package, int Lines);

    private static readonly Lazy<(IReadOnlyList<Entry> Files, string BigFile)> Manifest = new(Load);

    public static string Directory =>
        System.IO.Path.Combine(Environment.GetEnvironmentVariable("OMNIOS_CACHE") is { Length: > 0 } cache
            ? cache
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "omnios"), "corpus");

    public static IReadOnlyList<Entry> Files => Manifest.Value.Files;

    /// <summary>A real ~2,300-line .tsx file, for incremental and performance-shaped tests.</summary>
    public static string BigFile => Manifest.Value.BigFile;

    public static string Read(string path) => SourceFile.Decode(File.ReadAllBytes(path), out _);

    private static (IReadOnlyList<Entry>, string) Load()
    {
        var path = System.IO.Path.Combine(Directory, "manifest.json");
        if (!File.Exists(path))
            throw new InvalidOperationException($"The corpus is missing ({path}). Run `node tests/corpus/prepare.mjs` (the README's test command does).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var files = document.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => new Entry(f.GetProperty("path").GetString()!, f.GetProperty("expected").GetString()!, f.GetProperty("package").GetString()!, f.GetProperty("lines").GetInt32()))
            .ToList();
        return (files, document.RootElement.GetProperty("bigFile").GetString()!);
    }
}
