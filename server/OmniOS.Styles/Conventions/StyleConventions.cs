using OmniOS.Styles.Editing;

namespace OmniOS.Styles.Conventions;

/// <summary>
/// Which convention an edit uses: a file that styles with Tailwind classes gets classes, one that uses
/// <c>style={{}}</c> gets inline styles; an element is edited the way it is already styled (where the property
/// is already set first); a project setting can force one. Breakpoint and state variants exist only as classes.
/// </summary>
public static class StyleConventions
{
    /// <summary>
    /// A file's convention from its elements: classes when more elements use Tailwind classes (classes Tailwind knows)
    /// than inline style objects, inline when more use style objects, else classes when the project uses Tailwind.
    /// </summary>
    public static StyleConvention ForFile(IEnumerable<ElementStyling> elements, TailwindStyles styles, bool projectUsesTailwind = true, ConventionSetting setting = ConventionSetting.Auto)
    {
        if (setting != ConventionSetting.Auto)
            return setting == ConventionSetting.Tailwind ? StyleConvention.Classes : StyleConvention.Inline;
        var classes = 0;
        var inline = 0;
        foreach (var element in elements)
        {
            if (UsesTailwind(element, styles))
                classes++;
            if (element.HasInlineStyle)
                inline++;
        }
        if (classes == inline)
            return classes > 0 || projectUsesTailwind ? StyleConvention.Classes : StyleConvention.Inline;
        return classes > inline ? StyleConvention.Classes : StyleConvention.Inline;
    }

    /// <summary>The convention an edit of <paramref name="property"/> on this element uses (a CSS or camelCase name).</summary>
    public static StyleConvention ForElement(ElementStyling element, string property, StyleConvention fileConvention, TailwindStyles styles, ConventionSetting setting = ConventionSetting.Auto)
    {
        var wanted = setting switch
        {
            ConventionSetting.Tailwind => StyleConvention.Classes,
            ConventionSetting.Inline => StyleConvention.Inline,
            _ => Follow(element, CssProperty.Name(property), fileConvention, styles),
        };
        // What cannot be edited falls to the other form.
        if (wanted == StyleConvention.Classes && !element.ClassNameEditable && element.InlineStyleEditable)
            return StyleConvention.Inline;
        if (wanted == StyleConvention.Inline && !element.InlineStyleEditable && element.ClassNameEditable)
            return StyleConvention.Classes;
        return wanted;
    }

    /// <summary>
    /// The change that sets <paramref name="property"/> to <paramref name="value"/> (null or empty: removes it) on the
    /// element at a variant (<c>md</c>, <c>hover</c>, or none), in the element's convention.
    /// </summary>
    public static StyleChange Plan(ElementStyling element, string property, string? value, string? variant, StyleConvention fileConvention, TailwindStyles styles, ConventionSetting setting = ConventionSetting.Auto)
    {
        var name = CssProperty.Name(property);
        var remove = string.IsNullOrWhiteSpace(value);
        var target = Target(element, name, variant, fileConvention, styles, setting, setsValue: !remove);
        if (target.Refusal is { } reason)
            return new RefusedChange(reason);
        return target.Convention == StyleConvention.Inline
            ? new InlineChange(name, remove ? null : value!.Trim())
            : new ClassChange(styles.EditFor(element.StaticClasses, name, value, variant));
    }

    /// <summary>Where setting <paramref name="property"/> on the element at a variant would be written (what an inspector control edits), or why it cannot be.</summary>
    public static StyleTarget TargetOf(ElementStyling element, string property, string? variant, StyleConvention fileConvention, TailwindStyles styles, ConventionSetting setting = ConventionSetting.Auto) =>
        Target(element, CssProperty.Name(property), variant, fileConvention, styles, setting, setsValue: true);

    private static StyleTarget Target(ElementStyling element, string name, string? variant, StyleConvention fileConvention, TailwindStyles styles, ConventionSetting setting, bool setsValue)
    {
        var convention = ForElement(element, name, fileConvention, styles, setting);
        var hasVariant = VariantScope.Split(variant).Count > 0;
        if (convention == StyleConvention.Inline && hasVariant)
        {
            // An inline style cannot say "at md" or "on hover": that takes a class (refused below where the style would hide it).
            if (!element.ClassNameEditable)
                return StyleTarget.Refused($"An inline style cannot hold a value for '{variant}', and this element's className is computed.");
            convention = StyleConvention.Classes;
        }
        if (convention == StyleConvention.Inline)
            return element.InlineStyleEditable ? new StyleTarget(StyleConvention.Inline, null) : StyleTarget.Refused("The element's style is computed; change it where it is defined.");
        if (!element.ClassNameEditable)
            return StyleTarget.Refused("The element's className is computed; change the classes where they are defined.");
        // A class cannot beat the inline style: a value written as a class where the style sets the property would not show.
        if (setsValue && element.InlineProperties.FirstOrDefault(p => BoxFamily.Overlap(CssProperty.Name(p), name)) is { } inline)
        {
            return StyleTarget.Refused(hasVariant
                ? $"The inline style sets {inline}, which wins over classes at every breakpoint and state: edit it without a variant, or remove {inline} from the style first."
                : $"The inline style sets {inline}, which wins over classes: remove it from the style first, or edit it there.");
        }
        return new StyleTarget(StyleConvention.Classes, null);
    }

    private static StyleConvention Follow(ElementStyling element, string property, StyleConvention fileConvention, TailwindStyles styles)
    {
        if (element.InlineProperties.Any(p => BoxFamily.Overlap(CssProperty.Name(p), property)))
            return StyleConvention.Inline;
        if (element.StaticClasses.Any(c => styles.Resolve(c)?.Declarations.Any(d => d.Property == property) == true))
            return StyleConvention.Classes;
        if (UsesTailwind(element, styles))
            return StyleConvention.Classes;
        if (element.HasInlineStyle)
            return StyleConvention.Inline;
        return fileConvention;
    }

    private static bool UsesTailwind(ElementStyling element, TailwindStyles styles) => element.StaticClasses.Any(c => styles.Resolve(c) is not null);
}
