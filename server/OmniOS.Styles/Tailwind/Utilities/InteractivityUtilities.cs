namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Interactivity: cursor, pointer events, user select, resize, scrolling, appearance, touch action, colour scheme.</summary>
internal static class InteractivityUtilities
{
    private static readonly string[] Cursors =
    [
        "auto", "default", "pointer", "wait", "text", "move", "help", "not-allowed", "none", "context-menu", "progress", "cell",
        "crosshair", "vertical-text", "alias", "copy", "no-drop", "grab", "grabbing", "all-scroll", "col-resize", "row-resize",
        "n-resize", "e-resize", "s-resize", "w-resize", "ne-resize", "nw-resize", "se-resize", "sw-resize", "ew-resize",
        "ns-resize", "nesw-resize", "nwse-resize", "zoom-in", "zoom-out",
    ];

    public static void Register(UtilityTable table)
    {
        table.Keywords("cursor", "cursor", Cursors);
        table.Value("cursor", ["cursor"], new ValueOptions { Namespaces = ["--cursor"], Types = ["any"] });
        table.Keywords("pointer-events", "pointer-events", "none", "auto");
        foreach (var select in new[] { "none", "text", "all", "auto" })
            table.Static($"select-{select}", $"-webkit-user-select: {select}; user-select: {select}");
        table.Keywords("resize", "resize", ("", "both"), ("none", "none"), ("x", "horizontal"), ("y", "vertical"));
        table.Keywords("scroll", "scroll-behavior", "auto", "smooth");
        table.Keywords("appearance", "appearance", "none", "auto");
        table.Keywords("touch", "touch-action", "auto", "none", "manipulation");
        table.Keywords("scheme", "color-scheme", ("normal", "normal"), ("dark", "dark"), ("light", "light"), ("light-dark", "light dark"), ("only-dark", "only dark"), ("only-light", "only light"));
        table.Keywords("field-sizing", "field-sizing", "fixed", "content");
    }
}
