using System.Text.Json.Nodes;

namespace OmniOS.Styles.Tests;

/// <summary>The oracle's output: per class, Tailwind's normalised declarations (null when it generates nothing), and the output order.</summary>
public sealed record Oracle(string Version, IReadOnlyList<KeyValuePair<string, JsonNode?>> Classes, IReadOnlyList<string> Order)
{
    private static readonly Lazy<Oracle> Cached = new(Read);

    public static Oracle Load() => Cached.Value;

    private static Oracle Read()
    {
        var path = TestPaths.OracleOutput;
        if (!File.Exists(path))
            throw new InvalidOperationException($"The Tailwind oracle's output is missing ({path}). Run `node tests/styles/tailwind-oracle.mjs` after `npm ci` (the README's test command does).");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var classes = json["classes"]!.AsObject().Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone())).ToList();
        var order = json["order"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
        return new Oracle(json["tailwind"]!.GetValue<string>(), classes, order);
    }
}
