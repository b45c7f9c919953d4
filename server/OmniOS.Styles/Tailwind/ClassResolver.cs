using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind.Utilities;
using OmniOS.Styles.Tailwind.Variants;

namespace OmniOS.Styles.Tailwind;

/// <summary>
/// Turns one class into its <see cref="ClassStyle"/>: the utility's blocks (from <see cref="UtilityTable"/>), put
/// under its variants (from <see cref="VariantTable"/>) left to right, each variant's selector template taking
/// the selector so far as its <c>&amp;</c>, and its at-rules nesting outermost first.
/// </summary>
internal sealed class ClassResolver(UtilityTable utilities, VariantTable variants)
{
    public UtilityTable Utilities { get; } = utilities;

    public VariantTable Variants { get; } = variants;

    public ClassStyle? Resolve(string className)
    {
        if (!ClassSyntax.TrySplitVariants(className, out var variantNames, out var utility, out var important))
            return null;
        var blocks = Utilities.Compile(utility);
        if (blocks is null)
            return null;
        var atRules = new List<string>();
        var element = "&";
        var pseudoElement = false;
        var addsContent = false;
        var variantOrders = new List<long>();
        foreach (var name in variantNames)
        {
            if (Variants.Resolve(name) is not { } effect)
                return null;
            if (effect.AtRule is not null)
                atRules.Add(effect.AtRule);
            if (effect.Selector is not null)
            {
                if (pseudoElement)
                    return null;
                element = Substitute(effect.Selector, element);
            }
            pseudoElement |= effect.PseudoElement;
            addsContent |= effect.AddsContent;
            variantOrders.Add(effect.Order);
        }

        var rules = new List<StyleRule>();
        var main = blocks.FirstOrDefault(b => b.Selector == "&" && b.AtRule is null) ?? blocks[0];
        var local = main.Declarations.Where(d => d.IsCustomProperty).GroupBy(d => d.Property).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (pseudoElement && block.Selector != "&")
                return null;
            var raw = block.Declarations.ToList();
            if (addsContent && block == main)
                raw.Insert(0, new CssDeclaration("content", "var(--tw-content)"));
            if (important)
                raw = raw.Select(d => d with { Important = true }).ToList();
            var blockLocal = new Dictionary<string, string>(local, StringComparer.Ordinal);
            foreach (var custom in raw.Where(d => d.IsCustomProperty))
                blockLocal[custom.Property] = custom.Value;
            var resolved = raw.Where(d => !d.IsCustomProperty).Select(d => d with { Value = ResolveValue(d.Property, d.Value, blockLocal) }).ToList();
            foreach (var selector in SelectorList(Substitute(block.Selector, element)))
            {
                var wrappers = new List<string>(atRules);
                if (selector != "&")
                    wrappers.Add(selector);
                if (block.AtRule is not null)
                    wrappers.Add(block.AtRule);
                rules.Add(new StyleRule(wrappers, resolved, raw));
            }
        }
        variantOrders.Sort((a, b) => b.CompareTo(a));
        var (properties, count) = SortProperties(blocks);
        return new ClassStyle(className, variantNames, utility, important, rules)
        {
            Order = new ClassOrder(variantOrders, properties, count, className),
        };
    }

    /// <summary>The ordered positions of the properties a utility sets, and how many declarations it has; a block sorted as
    /// another property (<see cref="UtilityBlock.SortAs"/>) counts as that property, and what follows it does not count.</summary>
    private static (List<int> Properties, int Count) SortProperties(IReadOnlyList<UtilityBlock> blocks)
    {
        var positions = new SortedSet<int>();
        var count = 0;
        var settled = false;
        foreach (var block in blocks)
        {
            count += block.Declarations.Count;
            if (settled)
                continue;
            if (block.SortAs is { } sortAs && PropertyOrder.Of(sortAs) is { } position)
            {
                count++;
                positions.Add(position);
                settled = true;
                continue;
            }
            foreach (var declaration in block.Declarations)
            {
                if (PropertyOrder.Of(declaration.Property) is { } index)
                    positions.Add(index);
            }
        }
        return ([.. positions], count);
    }

    /// <summary>
    /// A value as an element with this class alone sees it: <c>var(--tw-*)</c> at the rule's own value or the registered
    /// initial one, <c>calc()</c> computed, and a box-shadow without the empty layers the others compose with.
    /// </summary>
    internal static string ResolveValue(string property, string value, IReadOnlyDictionary<string, string> local)
    {
        var replaced = CssValues.ReplaceVariables(value, name => local.TryGetValue(name, out var own) ? own : TwProperties.Find(name)?.Initial, useFallback: _ => true);
        var resolved = CssValues.CollapseWhitespace(CssValues.SimplifyCalc(replaced, exactOnly: false));
        if (property != "box-shadow")
            return resolved;
        var layers = CssValues.SplitTopLevel(resolved, ',').Select(l => l.Trim()).Where(l => l.Length > 0 && l != EmptyShadow).ToList();
        return layers.Count == 0 ? EmptyShadow : string.Join(", ", layers);
    }

    private const string EmptyShadow = "0 0 #0000";

    /// <summary>The template with <c>&amp;</c> replaced by the selector so far; over a list of selectors, one per item.</summary>
    private static string Substitute(string template, string element) =>
        element == "&" ? template
        : template == "&" ? element
        : string.Join(", ", SelectorList(element).Select(item => template.Replace("&", item, StringComparison.Ordinal)));

    private static IEnumerable<string> SelectorList(string selector) =>
        CssValues.SplitTopLevel(selector, ',').Select(s => s.Trim());
}
