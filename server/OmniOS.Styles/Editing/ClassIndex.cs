using System.Collections.Frozen;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Editing;

/// <summary>
/// The reverse of the utility table, for one theme: for a set of properties and one value (by
/// <see cref="CssProperty.ValueKey"/>), the class that sets just those to that value (<c>padding</c> 16px →
/// <c>p-4</c>; <c>border-top-left-radius</c> and <c>border-top-right-radius</c> 0.5rem → <c>rounded-t-lg</c>); and for
/// a set of properties and a kind of value, the root that takes it arbitrary (<c>padding</c>, length → <c>p</c>, so
/// <c>p-[23px]</c>). Built once from the utilities' own suggestions and probes, so it only proposes what the forward
/// mapping produces.
/// </summary>
internal sealed class ClassIndex
{
    /// <summary>The kinds of arbitrary value probed per root, each with a value no theme uses.</summary>
    public static readonly (string Type, string Probe)[] Probes =
        [("length", "13px"), ("color", "#123456"), ("percentage", "13%"), ("number", "13"), ("angle", "13deg"), ("time", "130ms"), ("family-name", "Probe, serif")];

    private readonly FrozenDictionary<(string Properties, string Key), string> _classes;
    private readonly FrozenDictionary<(string Properties, string Type), string> _arbitraryRoots;
    /// <summary>The classes that set the same properties to the same value (<c>rounded</c>, <c>rounded-sm</c>), where there are several.</summary>
    private readonly FrozenDictionary<(string Properties, string Key), string[]> _ties;

    public ClassIndex(TailwindStyles styles)
    {
        var best = new Dictionary<(string, string), (string Name, int Owned)>();
        var ties = new Dictionary<(string, string), List<string>>();
        var table = styles.Resolver.Utilities;
        foreach (var name in table.CandidateNames())
        {
            if (styles.Resolve(name) is not { Variants.Count: 0 } style || Shape(style) is not { } shape)
                continue;
            var key = (shape.Properties, shape.ValueKey);
            if (best.TryGetValue(key, out var current))
            {
                if (!ties.TryGetValue(key, out var names))
                    ties[key] = names = [current.Name];
                names.Add(name);
            }
            if (!best.TryGetValue(key, out current) || Better(name, current.Name))
                best[key] = (name, 0);
        }
        _classes = best.ToFrozenDictionary(p => p.Key, p => p.Value.Name);
        _ties = ties.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());

        var roots = new Dictionary<(string, string), string>();
        foreach (var (root, _, _) in table.FunctionalRoots.OrderBy(r => r.Root.Length).ThenBy(r => r.Root, StringComparer.Ordinal))
        {
            foreach (var (type, probe) in Probes)
            {
                if (styles.Resolve($"{root}-[{ClassWriter.Encode(probe)}]") is { } style && Shape(style) is { } shape && shape.ValueKey == CssProperty.ValueKey(shape.Properties.Split('|')[0], probe))
                    roots.TryAdd((shape.Properties, type), root);
            }
        }
        _arbitraryRoots = roots.ToFrozenDictionary();
    }

    /// <summary>
    /// What a class sets when it sets one value: its owned properties as a key (sorted, joined with '|'; a
    /// vendor-prefixed twin such as <c>-webkit-user-select</c> left out) and the value's key. Null for a class that
    /// sets several values or styles more than its element.
    /// </summary>
    public static (string Properties, string ValueKey)? Shape(ClassStyle style)
    {
        if (OwnedDeclarations.Of(style) is not { Count: > 0 } owned)
            return null;
        var keys = owned.Select(d => CssProperty.ValueKey(d.Property, d.Value)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count != 1)
            return null;
        var properties = owned.Select(d => d.Property).ToHashSet(StringComparer.Ordinal);
        properties.RemoveWhere(p => p.StartsWith('-') && p.IndexOf('-', 1) is var dash && dash > 0 && properties.Contains(p[(dash + 1)..]));
        return (PropertiesKey(properties), keys[0]);
    }

    public static string PropertiesKey(IEnumerable<string> properties) => string.Join('|', properties.Order(StringComparer.Ordinal));

    /// <summary>The class that sets exactly these properties to the value with this key, or null.</summary>
    public string? Find(string propertiesKey, string valueKey) => _classes.GetValueOrDefault((propertiesKey, valueKey));

    /// <summary>
    /// The class for a theme variable's own token among those setting the same value (<c>--color-neutral-50</c> →
    /// <c>bg-neutral-50</c>, not the equal <c>bg-zinc-50</c>; <c>--radius-sm</c> → <c>rounded-sm</c>), or null when none is named after it.
    /// </summary>
    public string? FindNamed(string propertiesKey, string valueKey, string variable)
    {
        string[] candidates = _ties.TryGetValue((propertiesKey, valueKey), out var tied) ? tied : Find(propertiesKey, valueKey) is { } one ? [one] : [];
        var segments = variable.TrimStart('-').Split('-');
        // The longest tail of the variable's name that a class ends with: "neutral-50" before "50".
        for (var start = 1; start < segments.Length; start++)
        {
            var tail = "-" + string.Join('-', segments[start..]);
            if (candidates.FirstOrDefault(c => c.EndsWith(tail, StringComparison.Ordinal)) is { } named)
                return named;
        }
        return null;
    }

    /// <summary>The root that takes an arbitrary value of <paramref name="type"/> for these properties, or null.</summary>
    public string? ArbitraryRoot(string propertiesKey, string type) => _arbitraryRoots.GetValueOrDefault((propertiesKey, type));

    /// <summary>Every set of properties some class sets (as keys).</summary>
    public IEnumerable<string> PropertySets => _classes.Keys.Select(k => k.Properties).Concat(_arbitraryRoots.Keys.Select(k => k.Properties)).Distinct(StringComparer.Ordinal);

    /// <summary>Positive first, then the shorter name (<c>rounded</c> over <c>rounded-sm</c>), then ordinal.</summary>
    private static bool Better(string name, string current)
    {
        if (name.StartsWith('-') != current.StartsWith('-'))
            return !name.StartsWith('-');
        if (name.Length != current.Length)
            return name.Length < current.Length;
        return string.CompareOrdinal(name, current) < 0;
    }
}
