using OmniOS.Styles;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Server.Engine;

/// <summary>What the editor says about a class Tailwind generates nothing for, in its hover and its diagnostic.</summary>
public static class ClassExplanation
{
    /// <summary>Why the class does nothing, with the nearest known class when one is close (<c>bg-blu-500</c> → <c>bg-blue-500</c>).</summary>
    public static string Unknown(UnknownClass unknown, TailwindStyles tailwind)
    {
        var why = unknown.Reason switch
        {
            UnknownClassReason.UnknownVariant => $"Tailwind has no variant '{unknown.Part}', so '{unknown.ClassName}' generates no CSS.",
            UnknownClassReason.UnknownValue when ValueAfterRoot(unknown) is { Length: > 0 } value => $"'{unknown.ClassName}' generates no CSS: Tailwind's '{unknown.Part}' utilities take no value '{value}'.",
            UnknownClassReason.UnknownValue => $"'{unknown.ClassName}' generates no CSS: Tailwind's '{unknown.Part}' utilities need a value ('{unknown.Part}-…').",
            UnknownClassReason.InvalidCombination => $"'{unknown.ClassName}' generates no CSS: its variants cannot apply to '{unknown.Part}' together.",
            _ => $"'{unknown.ClassName}' is not a Tailwind class, and no stylesheet of the project defines it.",
        };
        return tailwind.Suggest(unknown.ClassName) is { } suggestion ? $"{why} Did you mean '{suggestion}'?" : why;
    }

    /// <summary>The markdown of a hover on a class: its CSS, what a marker class does, where the project defines it, or why it does nothing.</summary>
    public static string? Hover(string className, ProjectStyles styles)
    {
        var tailwind = styles.Tailwind;
        if (tailwind.Describe(className) is { } css)
            return CssBlock(css);
        if (TailwindStyles.IsMarker(className))
        {
            var (kind, whom) = className.StartsWith("group", StringComparison.Ordinal) ? ("group", "the elements inside it") : ("peer", "the siblings after it");
            return $"`{className}`: Tailwind's {kind} marker. It generates no CSS; the `{kind}-*` variants (`{kind}-hover:`, `{kind}-focus:` …) style {whom} by this element's state.";
        }
        if (!styles.UsesTailwind)
            return null;
        var project = styles.Css;
        if (project.Classes.DefinedIn(className) is { } sheet)
            return $"`{className}`: not a Tailwind utility; defined in `{sheet}`.";
        if (tailwind.Diagnose(className) is { } unknown)
            return Unknown(unknown, tailwind);
        return $"`{className}`: Tailwind generates no CSS for this class.";
    }

    /// <summary>CSS as a markdown code block.</summary>
    public static string CssBlock(string css) => $"```css\n{css.TrimEnd()}\n```";

    private static string ValueAfterRoot(UnknownClass unknown)
    {
        var utility = unknown.ClassName[(unknown.ClassName.LastIndexOf(':') + 1)..].Trim('!').TrimStart('-');
        return utility.Length > unknown.Part.Length + 1 ? utility[(unknown.Part.Length + 1)..] : "";
    }
}
