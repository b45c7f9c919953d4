using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Editing;

/// <summary>
/// CSS → class edits on an element's class list, for one property at one variant: the class that set the property
/// there is replaced (<c>p-4</c> → <c>p-6</c>, not both); the sides of a box are written with the fewest classes
/// (<c>pl-4 pr-4</c> become <c>px-4</c>; <c>px-4</c> with a new left becomes <c>px-4 pl-2</c>), keeping the classes that
/// stay right; nothing is written where the value is what smaller breakpoints already give. Classes of other
/// variants, unknown classes and classes that set more than this property are left alone.
/// </summary>
internal sealed class ClassEditPlanner(TailwindStyles styles, ClassWriter writer, ClassIndex index, VariantScope scope)
{
    /// <summary>A value in the plan: its key (for comparing) and its text (for writing); null means no value.</summary>
    private sealed record SideValue(string Key, string Text);

    private sealed record Member(string[] Properties, IReadOnlySet<string> Sides);

    private sealed record Placed(string Name, ClassStyle Style, IReadOnlySet<string> Sides, SideValue Value);

    /// <summary>Beyond this many combinations of shorthands, only the shorthands the element already uses are weighed.</summary>
    private const int CombinationLimit = 20_000;

    public ClassEdit Plan(IReadOnlyList<string> classes, string property, string? value, string? variant)
    {
        var name = CssProperty.Name(property);
        var target = VariantScope.Split(variant);
        var prefix = target.Count == 0 ? "" : string.Join(':', target) + ":";
        var known = classes.Distinct(StringComparer.Ordinal).Select(c => (Name: c, Style: styles.Resolve(c))).Where(p => p.Style is not null).Select(p => (p.Name, Style: p.Style!)).ToList();
        var here = known.Where(p => VariantScope.Same(p.Style.Variants, target)).ToList();
        var around = known.Where(p => scope.AppliesWithin(p.Style.Variants, target)).OrderBy(p => p.Style.Order).ToList();
        var newValue = string.IsNullOrWhiteSpace(value) ? null : new SideValue(CssProperty.ValueKey(value), value.Trim());
        return BoxFamily.Of(name) is { } family
            ? PlanFamily(family, name, newValue, prefix, here, around)
            : PlanSingle(name, newValue, prefix, here, around);
    }

    private ClassEdit PlanSingle(string property, SideValue? value, string prefix, List<(string Name, ClassStyle Style)> here, List<(string Name, ClassStyle Style)> around)
    {
        var remove = here.Where(p => OwnedDeclarations.Of(p.Style) is { Count: > 0 } owned && owned.All(d => d.Property == property || IsTwin(d.Property, property)))
            .Select(p => p.Name).ToList();
        if (value is null)
            return new ClassEdit(remove, []);
        // Nothing to write where smaller breakpoints already give the value, unless a class kept here sets it otherwise.
        var inherited = around.Select(p => OwnedDeclarations.Of(p.Style)?.LastOrDefault(d => d.Property == property)).LastOrDefault(d => d is not null);
        var keptSetters = here.Any(p => !remove.Contains(p.Name) && Owns(p.Style, property));
        if (inherited is not null && CssProperty.ValueKey(inherited.Value) == value.Key && !keptSetters)
            return new ClassEdit(remove, []);
        var added = prefix + writer.Write([property], value.Text);
        if (remove.Count == 1 && remove[0] == added)
            return ClassEdit.None;
        return new ClassEdit(remove.Where(r => r != added).ToList(), here.Any(p => p.Name == added) ? [] : [added]);
    }

    private static bool Owns(ClassStyle style, string property) => OwnedDeclarations.Of(style)?.Any(d => d.Property == property) == true;

    /// <summary><c>-webkit-user-select</c> is <c>user-select</c>'s twin.</summary>
    private static bool IsTwin(string prefixed, string property) =>
        prefixed.StartsWith('-') && prefixed.EndsWith("-" + property, StringComparison.Ordinal);

    private ClassEdit PlanFamily(BoxFamily family, string property, SideValue? value, string prefix, List<(string Name, ClassStyle Style)> here, List<(string Name, ClassStyle Style)> around)
    {
        var sides = family.AllSides;
        var placedHere = Place(family, here);
        var current = Effective(sides, placedHere);
        var inherited = Effective(sides, Place(family, around));
        var targets = sides.ToDictionary(s => s, s => family.Sides[property].Contains(s) ? value : current[s], StringComparer.Ordinal);
        if (sides.All(s => Equals(targets[s], current[s])))
            return ClassEdit.None;

        var members = Members(family);
        var shorthands = members.Where(m => m.Sides.Count > 1).ToList();
        var singles = members.Where(m => m.Sides.Count == 1).ToDictionary(m => m.Sides.First(), StringComparer.Ordinal);
        var values = targets.Values.OfType<SideValue>().DistinctBy(v => v.Key).ToList();
        if (Math.Pow(values.Count + 1, shorthands.Count) > CombinationLimit)
            shorthands = shorthands.Where(m => placedHere.Any(p => p.Sides.SetEquals(m.Sides))).ToList();

        bool Allowed(string side, SideValue? effective) =>
            Equals(effective, targets[side]) || effective is null && targets[side] is { } t && Equals(inherited[side], t);

        List<Placed>? best = null;
        (int Classes, int Edits) bestCost = (int.MaxValue, int.MaxValue);
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
            if (!valid)
                continue;
            var final = Effective(sides, chosen);
            if (!sides.All(s => Allowed(s, final[s])))
                continue;
            var kept = chosen.Count(c => placedHere.Any(p => p.Name == c.Name));
            var cost = (chosen.Count, placedHere.Count - kept + chosen.Count - kept);
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

    /// <summary>The classes of a family among these, with the sides they set and their one value.</summary>
    private static List<Placed> Place(BoxFamily family, IEnumerable<(string Name, ClassStyle Style)> classes) =>
        classes.Select(p => (p.Name, p.Style, Owned: OwnedDeclarations.Of(p.Style)))
            .Where(p => p.Owned is { Count: > 0 } && p.Owned.Select(d => CssProperty.ValueKey(d.Value)).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(p => (p.Name, p.Style, p.Owned, Sides: family.SidesOf(p.Owned!.Select(d => d.Property))))
            .Where(p => p.Sides is not null)
            .Select(p => new Placed(p.Name, p.Style, p.Sides!, new SideValue(CssProperty.ValueKey(p.Owned![0].Value), p.Owned[0].Value)))
            .ToList();

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
        var style = styles.Resolve(name)!;
        return new Placed(name, style, member.Sides, value);
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
