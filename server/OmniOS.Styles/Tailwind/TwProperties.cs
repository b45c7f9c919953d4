namespace OmniOS.Styles.Tailwind;

/// <summary>
/// The <c>--tw-*</c> variables through which Tailwind's utilities compose (<c>translate-x-4 translate-y-2</c>),
/// registered with <c>@property</c>: their syntax and initial value. An element with one utility alone sees the
/// others at these values, which is how <see cref="ClassStyle"/> resolves declarations for display.
/// </summary>
internal static class TwProperties
{
    public sealed record Registration(string Syntax, string? Initial);

    private static readonly Dictionary<string, Registration> All = Build();

    public static Registration? Find(string name) => All.GetValueOrDefault(name);

    private static Dictionary<string, Registration> Build()
    {
        var map = new Dictionary<string, Registration>(StringComparer.Ordinal);
        void Any(string initial, params string[] names)
        {
            foreach (var name in names)
                map[name] = new Registration("*", initial.Length == 0 ? null : initial);
        }
        Any("0", "--tw-translate-x", "--tw-translate-y", "--tw-translate-z", "--tw-space-x-reverse", "--tw-space-y-reverse", "--tw-divide-x-reverse", "--tw-divide-y-reverse");
        Any("1", "--tw-scale-x", "--tw-scale-y", "--tw-scale-z");
        Any("", "--tw-rotate-x", "--tw-rotate-y", "--tw-rotate-z", "--tw-skew-x", "--tw-skew-y");
        Any("solid", "--tw-border-style", "--tw-outline-style");
        Any("", "--tw-leading", "--tw-tracking", "--tw-font-weight", "--tw-duration", "--tw-ease");
        Any("0 0 #0000", "--tw-shadow", "--tw-inset-shadow", "--tw-ring-shadow", "--tw-inset-ring-shadow", "--tw-ring-offset-shadow");
        Any("", "--tw-shadow-color", "--tw-inset-shadow-color", "--tw-ring-color", "--tw-inset-ring-color", "--tw-ring-inset", "--tw-text-shadow-color", "--tw-drop-shadow-color");
        map["--tw-shadow-alpha"] = map["--tw-inset-shadow-alpha"] = map["--tw-text-shadow-alpha"] = map["--tw-drop-shadow-alpha"] = new Registration("<percentage>", "100%");
        map["--tw-ring-offset-width"] = new Registration("<length>", "0px");
        Any("#fff", "--tw-ring-offset-color");
        Any("", "--tw-blur", "--tw-brightness", "--tw-contrast", "--tw-grayscale", "--tw-hue-rotate", "--tw-invert", "--tw-opacity", "--tw-saturate", "--tw-sepia",
            "--tw-drop-shadow", "--tw-drop-shadow-size");
        Any("", "--tw-backdrop-blur", "--tw-backdrop-brightness", "--tw-backdrop-contrast", "--tw-backdrop-grayscale", "--tw-backdrop-hue-rotate",
            "--tw-backdrop-invert", "--tw-backdrop-opacity", "--tw-backdrop-saturate", "--tw-backdrop-sepia");
        Any("", "--tw-ordinal", "--tw-slashed-zero", "--tw-numeric-figure", "--tw-numeric-spacing", "--tw-numeric-fraction");
        Any("\"\"", "--tw-content");
        Any("", "--tw-gradient-position", "--tw-gradient-stops", "--tw-gradient-via-stops");
        map["--tw-gradient-from"] = map["--tw-gradient-via"] = map["--tw-gradient-to"] = new Registration("<color>", "#0000");
        map["--tw-gradient-from-position"] = new Registration("<length-percentage>", "0%");
        map["--tw-gradient-via-position"] = new Registration("<length-percentage>", "50%");
        map["--tw-gradient-to-position"] = new Registration("<length-percentage>", "100%");
        return map;
    }
}
