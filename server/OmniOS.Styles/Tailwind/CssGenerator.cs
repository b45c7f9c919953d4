using System.Text;
using System.Text.RegularExpressions;
using OmniOS.Styles.Css;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles.Tailwind;

/// <summary>
/// Writes the stylesheet for a set of classes as Tailwind orders it: rules sorted by <see cref="ClassOrder"/>,
/// consecutive rules under the same at-rules sharing one block, then the <c>@property</c> registrations of the
/// <c>--tw-*</c> variables the rules use (so utilities compose) and the keyframes of their animations.
/// </summary>
internal static partial class CssGenerator
{
    public static StyleSheet Generate(IEnumerable<string> classNames, Func<string, ClassStyle?> resolve, TailwindTheme theme)
    {
        var styles = new List<ClassStyle>();
        var unknown = new List<string>();
        foreach (var name in classNames.Distinct(StringComparer.Ordinal))
        {
            if (resolve(name) is { } style)
                styles.Add(style);
            else
                unknown.Add(name);
        }
        styles.Sort((a, b) => a.Order.CompareTo(b.Order));

        var css = new StringBuilder();
        var open = new List<string>();
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var style in styles)
        {
            foreach (var rule in style.Rules)
            {
                var atRules = rule.AtRules.ToList();
                var common = 0;
                while (common < open.Count && common < atRules.Count && open[common] == atRules[common])
                    common++;
                while (open.Count > common)
                {
                    open.RemoveAt(open.Count - 1);
                    css.Append(Indent(open.Count)).Append("}\n");
                }
                foreach (var atRule in atRules.Skip(common))
                {
                    css.Append(Indent(open.Count)).Append(atRule).Append(" {\n");
                    open.Add(atRule);
                }
                var selector = rule.Selector.Replace("&", CssEscape.ClassSelector(style.ClassName), StringComparison.Ordinal);
                var indent = Indent(open.Count);
                css.Append(indent).Append(selector).Append(" {\n");
                foreach (var declaration in rule.Raw)
                {
                    // Exact arithmetic is done (padding: 1rem, not calc(0.25rem * 4)); thirds stay calc(1 / 3 * 100%).
                    var value = CssValues.SimplifyCalc(declaration.Value);
                    css.Append(indent).Append("  ").Append(declaration.Property).Append(": ").Append(value).Append(declaration.Important ? " !important" : "").Append(";\n");
                    foreach (Match match in TwVariable().Matches(declaration.Value))
                        variables.Add(match.Value);
                    if (declaration.IsCustomProperty)
                        variables.Add(declaration.Property);
                }
                css.Append(indent).Append("}\n");
            }
        }
        while (open.Count > 0)
        {
            open.RemoveAt(open.Count - 1);
            css.Append(Indent(open.Count)).Append("}\n");
        }

        foreach (var variable in variables)
        {
            if (TwProperties.Find(variable) is not { } registration)
                continue;
            css.Append("@property ").Append(variable).Append(" {\n  syntax: \"").Append(registration.Syntax).Append("\";\n  inherits: false;\n");
            if (registration.Initial is not null)
                css.Append("  initial-value: ").Append(registration.Initial).Append(";\n");
            css.Append("}\n");
        }
        var animations = styles.SelectMany(s => s.Declarations).Where(d => d.Property == "animation").Select(d => d.Value).ToList();
        foreach (var keyframes in theme.Keyframes.Values.Where(k => animations.Any(a => CssValues.SplitWhitespace(a).Contains(k.Name))))
            css.Append("@keyframes ").Append(keyframes.Name).Append(" {\n  ").Append(keyframes.Body).Append("\n}\n");
        return new StyleSheet(css.ToString(), styles.Select(s => s.ClassName).ToList(), unknown);
    }

    /// <summary>
    /// One class's rules as a hover shows them: its selector, its at-rules around it, and the declarations with every
    /// variable resolved (<c>padding: 1rem</c>, not <c>calc(var(--spacing) * 4)</c>).
    /// </summary>
    public static string Describe(ClassStyle style)
    {
        var css = new StringBuilder();
        foreach (var rule in style.Rules)
        {
            var atRules = rule.AtRules.ToList();
            for (var i = 0; i < atRules.Count; i++)
                css.Append(Indent(i)).Append(atRules[i]).Append(" {\n");
            var indent = Indent(atRules.Count);
            css.Append(indent).Append(rule.Selector.Replace("&", CssEscape.ClassSelector(style.ClassName), StringComparison.Ordinal)).Append(" {\n");
            foreach (var declaration in rule.Declarations)
                css.Append(indent).Append("  ").Append(declaration.Property).Append(": ").Append(declaration.Text).Append(";\n");
            css.Append(indent).Append("}\n");
            for (var i = atRules.Count - 1; i >= 0; i--)
                css.Append(Indent(i)).Append("}\n");
        }
        return css.ToString();
    }

    private static string Indent(int depth) => new(' ', depth * 2);

    [GeneratedRegex(@"--tw-[a-z0-9-]+")]
    private static partial Regex TwVariable();
}
