using System.Text.Json.Nodes;

namespace OmniOS.Styles.Tests;

/// <summary>The oracle's output: per class, Tailwind's normalised declarations (null when it generates nothing), and the output order.</summary>
public sealed record Oracle(string Version, IReadOnlyList<KeyValuePair<string, JsonNode?>> Classes, IReadOnlyList<string> Order)
{
    private static readonly Lazy<Oracle> Default = new(() => Read(TestPaths.OracleOutput, "node tests/styles/tailwind-oracle.mjs"));
    private static readonly Lazy<Oracle> Project = new(() => Read(TestPaths.ProjectOracleOutput,
        $"node tests/styles/tailwind-oracle.mjs --theme tests/styles/project-theme.css --list tests/styles/project-utilities.txt --out {TestPaths.ProjectOracleOutput}"));

    /// <summary>tests/styles/utilities.txt against Tailwind's default theme.</summary>
    public static Oracle Load() => Default.Value;

    /// <summary>tests/styles/project-utilities.txt against the default theme extended by tests/styles/project-theme.css.</summary>
    public static Oracle LoadProject() => Project.Value;

    private static Oracle Read(string path, string command)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"The Tailwind oracle's output is missing ({path}). Run `{command}` after `npm ci` (the README's test command does).");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var classes = json["classes"]!.AsObject().Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone())).ToList();
        var order = json["order"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
        return new Oracle(json["tailwind"]!.GetValue<string>(), classes, order);
    }
}
