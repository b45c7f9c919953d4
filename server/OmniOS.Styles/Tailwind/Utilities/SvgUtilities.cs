namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>SVG: fill and stroke colours, stroke width.</summary>
internal static class SvgUtilities
{
    public static void Register(UtilityTable table)
    {
        table.Static("fill-none", "fill: none");
        table.Color("fill", "fill", "--fill", "--color");
        table.Static("stroke-none", "stroke: none");
        table.Color("stroke", "stroke", "--stroke", "--color");
        table.Value("stroke", ["stroke-width"], new ValueOptions
        {
            Namespaces = ["--stroke-width"],
            BareValue = UtilityValues.Integer,
            Types = ["length", "number", "percentage"],
            Suggestions = ["0", "1", "2", "3"],
        });
    }
}
