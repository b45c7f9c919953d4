using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Editing;

/// <summary>
/// CSS → class edits on an element's class list, for one property at one variant: the class that set the property
/// there is replaced (<c>p-4</c> → <c>p-6</c>, not both); the sides of a box are written with few classes and few
/// edits (<c>pl-4 pr-2</c> with a new right becomes <c>px-4</c>; <c>px-4 py-2</c> with a new left gets <c>pl-2</c>);
/// nothing is written where the value is what smaller breakpoints already give. Classes of other variants, unknown
/// classes and classes that set more than this property are left alone.
/// </summary>
internal sealed class ClassEditPlanner(TailwindStyles styles, ClassWriter writer, ClassIndex index, VariantScope scope)
{
    /// <summary>A class of the element: its full style (for its variants and order) and what its utility owns on an element.</summary>
    private sealed record Entry(string Name, ClassStyle Style, IReadOnlyList<CssDeclaration> Owned);

    /// <summary>A value in the plan: its key (for comparing) and its text (for writing).</summary>
    private sealed record SideValue(string Key, string Text);

    private sealed record Member(string[] Properties, IReadOnlySet<string> Sides);

    private sealed record Placed(string Name, ClassStyle Style, IReadOnlySet<string> Sides, SideValue Value);

    /// <summary>Beyond this many combinations of shorthands, only the shorthands the element already uses are weighed.</summary>
    private const int CombinationLimit = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Member>> _members = new(StringComparer.Ordinal);

    public ClassEdit Plan(IReadOnlyList<string> classes, string property, string? value, string? variant)
    {
        var name = CssProperty.Name(property);
        var target = VariantScope.Split(variant);
        var prefix = target.Count == 0 ? "" : string.Join(':', target) + ":";
        var (here, around) = Entries(classes, target);
        var newValue = string.IsNullOrWhiteSpace(value) ? null : new SideValue(CssProperty.ValueKey(name, value), value.Trim());
        return BoxFamily.Of(name) is { } family
            ? PlanFamily(family, name, newValue, prefix, here, around)
            : PlanSingle(name, newValue, prefix, here, around);
    }

    /// <summary>What the inspector shows for a property at a variant: its value there and the class it comes from, or null.</summary>
    public ClassValue? ValueOf(IReadOnlyList<string> classes, string property, string? variant)
    {
        var name = CssProperty.Name(property);
        var (here, around) = Entries(classes, VariantScope.Split(variant));
        var inForce = around.Concat(here.OrderBy(e => e.Style.Order)).ToList();
        if (BoxFamily.Of(name) is { } family)
        {
            // Each side of the property from the last class that sets it; one value for all of them, or none to show.
            var placed = Place(family, inForce);
            var last = family.Sides[name].Select(side => placed.LastOrDefault(p => p.Sides.Contains(side))).ToList();
            if (last.Any(p => p is null) || last.Select(p => p!.Value.Key).Distinct(StringComparer.Ordinal).Count() != 1)
                return null;
            var source = last[0]!;
            return new ClassValue(name, source.Value.Text, source.Name, !here.Any(e => e.Name == source.Name));
        }
        var setter = inForce.LastOrDefault(e => e.Owned.Any(d => d.Property == name));
        return setter is null ? null : new ClassValue(name, setter.Owned.Last(d => d.Property == name).Value, setter.Name, !here.Contains(setter));
    }

    /// <summary>The element's known classes at the target variant, and those in force around it (smaller breakpoints, no variant), in Tailwind's order.</summary>
    private (List<Entry> Here, List<Entry> Around) Entries(IReadOnlyList<string> classes, IReadOnlyList<string> target)
    {
        var entries = new List<Entry>();
        foreach (var className in classes.Distinct(StringComparer.Ordinal))
        {
            if (styles.Resolve(className) is { } style && styles.Resolve(style.Utility) is { } utility)
                entries.Add(new Entry(className, style, OwnedDeclarations.Of(utility) ?? []));
        }
        var here = entries.Where(e => VariantScope.Same(e.Style.Variants, target)).ToList();
        var around = entries.Where(e => scope.AppliesWithin(e.Style.Variants, target)).OrderBy(e => e.Style.Order).ToList();
        return (here, around);
    }

    private ClassEdit PlanSingle(string property, SideValue? value, string prefix, List<Entry> here, List<Entry> around)
    {
        var remove = here.Where(e => e.Owned.Count > 0 && e.Owned.All(d => d.Property == property || IsTwin(d.Property, property))).Select(e => e.Name).ToList();
        if (value is null)
            return new ClassEdit(remove, []);
        // Nothing to write where smaller breakpoints already give the value, unless a class kept here sets it otherwise.
        var inherited = around.Select(e => e.Owned.LastOrDefault(d => d.Property == property)).LastOrDefault(d => d is not null);
        var keptSetters = here.Any(e => !remove.Contains(e.Name) && e.Owned.Any(d => d.Property == property));
        if (inherited is not null && CssProperty.ValueKey(property, inherited.Value) == value.Key && !keptSetters)
            return new ClassEdit(remove, []);
        var added = prefix + writer.Write([property], value.Text);
        if (remove.Count == 1 && remove[0] == added)
            return ClassEdit.None;
        return new ClassEdit(remove.Where(r => r != added).ToList(), here.Any(e => e.Name == added) ? [] : [added]);
    }

    /// <summary><c>-webkit-user-select</c> is <c>user-select</c>'s twin.</summary>
    private static bool IsTwin(string prefixed, string property) =>
        prefixed.StartsWith('-') && prefixed.EndsWith("-" + property, StringComparison.Ordinal);

    private ClassEdit PlanFamily(BoxFamily family, string property, SideValue? value, string prefix, List<Entry> here, List<Entry> around)
    {
        var sides = family.AllSides;
        var placedHere = Place(family, here);
        var current = Effective(sides, placedHere);
        var inherited = Effective(sides, Place(family, around));
        var targets = sides.ToDictionary(s => s, s => family.Sides[property].Contains(s) ? value : current[s], StringComparer.Ordinal);
        if (sides.All(s => Same(targets[s], current[s])))
            return ClassEdit.None;

        var members = _members.GetOrAdd(family.Name, _ => Members(family));
        var shorthands = members.Where(m => m.Sides.Count > 1).ToList();
        var singles = members.Where(m => m.Sides.Count == 1).ToDictionary(m => m.Sides.First(), StringComparer.Ordinal);
        var values = targets.Values.OfType<SideValue>().DistinctBy(v => v.Key).ToList();
        if (Math.Pow(values.Count + 1, shorthands.Count) > CombinationLimit)
            shorthands = shorthands.Where(m => placedHere.Any(p => p.Sides.SetEquals(m.Sides))).ToList();

        bool Allowed(string side, SideValue? effective) =>
            Same(effective, targets[side]) || effective is null && targets[side] is { } t && Same(inherited[side], t);

        List<Placed>? best = null;
        var bestCost = (Total: int.MaxValue, Classes: int.MaxValue);
        foreach (var assignment in Assignments(shorthands.Count, values.Count))
        {
            var chosen = new List<Placed>();
            for (var i = 0; i < shorthands.Count; i++)
            {
                if (assignment[i] > 0)
                    chosen.Add(Make(shorthands[i], values[assignment[i] - 1], prefix, placedHere));
            }
            var effective = Effective(sides, chosen);
            var valid = true;
            foreach (var side in sides)
            {
                if (Allowed(side, effective[side]))
                    continue;
                if (targets[side] is not { } needed || !singles.TryGetValue(side, out var single))
                {
                    valid = false;
                    break;
                }
                chosen.Add(Make(single, needed, prefix, placedHere));
            }
            if (!valid || !sides.All(s => Allowed(s, Effective(sides, chosen)[s])))
                continue;
            // Few classes and few changes to the source weigh the same; on a tie, fewer classes.
            var kept = chosen.Count(c => placedHere.Any(p => p.Name == c.Name));
            var edits = placedHere.Count - kept + chosen.Count - kept;
            var cost = (chosen.Count + edits, chosen.Count);
            if (cost.CompareTo(bestCost) < 0)
            {
                best = chosen;
                bestCost = cost;
            }
        }
        if (best is null)
            return PlanSingle(property, value, prefix, here, around);
        var keep = best.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var existing = placedHere.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return new ClassEdit(
            placedHere.Where(p => !keep.Contains(p.Name)).Select(p => p.Name).ToList(),
            best.Where(c => !existing.Contains(c.Name)).Select(c => c.Name).ToList());
    }

    /// <summary>Equal values, however written (<c>16px</c> and <c>1rem</c>); two missing values are equal too.</summary>
    private static bool Same(SideValue? a, SideValue? b) => a?.Key == b?.Key;

    /// <summary>The classes of a family among these, with the sides they set and their one value.</summary>
    private static List<Placed> Place(BoxFamily family, IEnumerable<Entry> entries)
    {
        var placed = new List<Placed>();
        foreach (var entry in entries)
        {
            if (entry.Owned.Count == 0 || entry.Owned.Select(d => CssProperty.ValueKey(d.Property, d.Value)).Distinct(StringComparer.Ordinal).Count() != 1)
                continue;
            if (family.SidesOf(entry.Owned.Select(d => d.Property)) is { } sides)
                placed.Add(new Placed(entry.Name, entry.Style, sides, new SideValue(CssProperty.ValueKey(entry.Owned[0].Property, entry.Owned[0].Value), entry.Owned[0].Value)));
        }
        return placed;
    }

    /// <summary>Each side's value after the classes apply in Tailwind's order (null: none sets it).</summary>
    private static Dictionary<string, SideValue?> Effective(IReadOnlyList<string> sides, IEnumerable<Placed> placed)
    {
        var values = sides.ToDictionary(s => s, _ => (SideValue?)null, StringComparer.Ordinal);
        foreach (var one in placed.OrderBy(p => p.Style.Order))
        {
            foreach (var side in one.Sides)
                values[side] = one.Value;
        }
        return values;
    }

    /// <summary>A class for a member at a value: one the element already has when it is equivalent, else a new one.</summary>
    private Placed Make(Member member, SideValue value, string prefix, List<Placed> existing)
    {
        if (existing.FirstOrDefault(p => p.Sides.SetEquals(member.Sides) && p.Value.Key == value.Key) is { } same)
            return same;
        var name = prefix + writer.Write(member.Properties, value.Text);
        return new Placed(name, styles.Resolve(name)!, member.Sides, value);
    }

    /// <summary>One member per set of sides the family's utilities can set, physical properties preferred over logical ones.</summary>
    private List<Member> Members(BoxFamily family) =>
        index.PropertySets
            .Select(key => key.Split('|'))
            .Select(properties => (Properties: properties, Sides: family.SidesOf(properties)))
            .Where(m => m.Sides is not null)
            .GroupBy(m => string.Join(',', m.Sides!.Order(StringComparer.Ordinal)))
            .Select(g => g.OrderBy(m => m.Properties.Count(IsLogical)).ThenBy(m => m.Properties.Length).ThenBy(m => string.Join('|', m.Properties), StringComparer.Ordinal).First())
            .Select(m => new Member(m.Properties, m.Sides!))
            .OrderByDescending(m => m.Sides.Count)
            .ToList();

    private static bool IsLogical(string property) =>
        property.Contains("-start", StringComparison.Ordinal) || property.Contains("-end", StringComparison.Ordinal);

    /// <summary>Every way to give each of <paramref name="slots"/> shorthands no value (0) or one of the values (1…n).</summary>
    private static IEnumerable<int[]> Assignments(int slots, int values)
    {
        var current = new int[slots];
        while (true)
        {
            yield return (int[])current.Clone();
            var i = 0;
            while (i < slots && ++current[i] > values)
                current[i++] = 0;
            if (i == slots)
                yield break;
        }
    }
}
