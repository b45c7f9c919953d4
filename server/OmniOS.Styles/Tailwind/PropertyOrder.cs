namespace OmniOS.Styles.Tailwind;

/// <summary>
/// The order in which Tailwind writes utilities: by the position of the properties they set in this list
/// (layout first, then box model, typography, backgrounds, effects, transitions). A property not in the list
/// does not count. Only the properties OmniOS.Styles emits are listed; their relative order is Tailwind's
/// (checked against Tailwind's own output by the CSS generation test).
/// </summary>
internal static class PropertyOrder
{
    private static readonly string[] Groups =
    [
        // positioning
        "container-type pointer-events visibility position inset inset-inline inset-block inset-inline-start inset-inline-end top right bottom left isolation z-index order",
        "grid-column grid-column-start grid-column-end grid-row grid-row-start grid-row-end float clear --tw-container-component",
        // box
        "margin margin-inline margin-block margin-inline-start margin-inline-end margin-top margin-right margin-bottom margin-left",
        "box-sizing display field-sizing aspect-ratio height max-height min-height width max-width min-width flex flex-shrink flex-grow flex-basis",
        "table-layout caption-side border-collapse border-spacing",
        // transforms
        "transform-origin translate --tw-translate-x --tw-translate-y --tw-translate-z scale --tw-scale-x --tw-scale-y --tw-scale-z rotate",
        "--tw-rotate-x --tw-rotate-y --tw-rotate-z --tw-skew-x --tw-skew-y transform zoom animation cursor touch-action resize",
        // scrolling
        "scroll-snap-type scroll-snap-align scroll-snap-stop scroll-margin scroll-margin-inline scroll-margin-block scroll-margin-inline-start scroll-margin-inline-end",
        "scroll-margin-block-start scroll-margin-block-end scroll-margin-top scroll-margin-right scroll-margin-bottom scroll-margin-left scroll-padding scroll-padding-inline scroll-padding-block",
        "scroll-padding-inline-start scroll-padding-inline-end scroll-padding-block-start scroll-padding-block-end scroll-padding-top scroll-padding-right scroll-padding-bottom scroll-padding-left",
        "scrollbar-width scrollbar-color scrollbar-gutter",
        // lists, columns, grid and flex containers
        "list-style-position list-style-type list-style-image appearance columns break-before break-inside break-after",
        "grid-auto-columns grid-auto-flow grid-auto-rows grid-template-columns grid-template-rows flex-direction flex-wrap",
        "place-content place-items align-content align-items justify-content justify-items gap column-gap row-gap",
        "--tw-space-x-reverse --tw-space-y-reverse divide-x-width divide-y-width --tw-divide-y-reverse divide-style divide-color place-self align-self justify-self",
        "overflow overflow-x overflow-y overscroll-behavior overscroll-behavior-x overscroll-behavior-y scroll-behavior",
        // borders
        "border-radius border-start-start-radius border-start-end-radius border-end-end-radius border-end-start-radius",
        "border-top-left-radius border-top-right-radius border-bottom-right-radius border-bottom-left-radius",
        "border-width border-inline-width border-block-width border-inline-start-width border-inline-end-width border-block-start-width border-block-end-width",
        "border-top-width border-right-width border-bottom-width border-left-width",
        "border-style border-inline-style border-block-style border-inline-start-style border-inline-end-style border-block-start-style border-block-end-style",
        "border-top-style border-right-style border-bottom-style border-left-style",
        "border-color border-inline-color border-block-color border-inline-start-color border-inline-end-color border-block-start-color border-block-end-color",
        "border-top-color border-right-color border-bottom-color border-left-color",
        // backgrounds
        "background-color background-image --tw-gradient-position --tw-gradient-stops --tw-gradient-via-stops --tw-gradient-from --tw-gradient-from-position",
        "--tw-gradient-via --tw-gradient-via-position --tw-gradient-to --tw-gradient-to-position mask-image box-decoration-break",
        "background-size background-attachment background-clip background-position background-repeat background-origin",
        "mask-composite mask-mode mask-type mask-size mask-clip mask-position mask-repeat mask-origin fill stroke stroke-width object-fit object-position",
        // padding and typography
        "padding padding-inline padding-block padding-inline-start padding-inline-end padding-top padding-right padding-bottom padding-left",
        "text-align text-indent vertical-align font-family font-feature-settings font-size line-height font-weight letter-spacing",
        "text-wrap overflow-wrap word-break text-overflow hyphens white-space tab-size color text-transform font-style font-stretch font-variant-numeric",
        "text-decoration-line text-decoration-color text-decoration-style text-decoration-thickness text-underline-offset -webkit-font-smoothing",
        "placeholder-color caret-color accent-color color-scheme",
        // effects and filters
        "opacity background-blend-mode mix-blend-mode box-shadow --tw-shadow --tw-shadow-color --tw-ring-shadow --tw-ring-color",
        "--tw-inset-shadow --tw-inset-shadow-color --tw-inset-ring-shadow --tw-inset-ring-color --tw-ring-offset-width --tw-ring-offset-color",
        "outline outline-width outline-offset outline-color",
        "--tw-blur --tw-brightness --tw-contrast --tw-drop-shadow --tw-grayscale --tw-hue-rotate --tw-invert --tw-saturate --tw-sepia filter",
        "--tw-backdrop-blur --tw-backdrop-brightness --tw-backdrop-contrast --tw-backdrop-grayscale --tw-backdrop-hue-rotate --tw-backdrop-invert",
        "--tw-backdrop-opacity --tw-backdrop-saturate --tw-backdrop-sepia backdrop-filter",
        // transitions
        "transition-property transition-behavior transition-delay transition-duration transition-timing-function will-change contain content forced-color-adjust",
    ];

    private static readonly Dictionary<string, int> Index = Groups
        .SelectMany(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select((property, i) => (property, i))
        .ToDictionary(p => p.property, p => p.i, StringComparer.Ordinal);

    /// <summary>The position of a property, or null when it does not count for ordering.</summary>
    public static int? Of(string property) => Index.TryGetValue(property, out var index) ? index : null;
}
