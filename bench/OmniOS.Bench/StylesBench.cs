using System.Diagnostics;
using System.Globalization;
using OmniOS.Styles;

namespace OmniOS.Bench;

/// <summary>
/// OmniOS.Styles on the paths an editor waits on: a class looked up for hover (first time and cached), completion of
/// what is typed, CSS → class and a class edit for the inspector; and what the first use of a theme costs.
/// </summary>
public static class StylesBench
{
    private const int Batch = 1000;

    public static int Run(string? cssPath, TextWriter output)
    {
        var css = cssPath is null ? null : File.ReadAllText(cssPath);
        var stopwatch = Stopwatch.StartNew();
        var styles = css is null ? new TailwindStyles(OmniOS.Styles.Theme.TailwindTheme.Default) : TailwindStyles.FromCss(css);
        var construct = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        styles.Complete("p-");
        var catalog = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        styles.ClassFor("padding", "24px");
        var index = stopwatch.Elapsed.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"styles: first use of a theme: tables {construct:F1} ms, completion catalogue {catalog:F1} ms, CSS → class index {index:F1} ms"));

        // Every lookup below is of a class never seen before (a new arbitrary value), so the cache never answers.
        var counter = 0;
        string[] shapes = ["p-[{0}px]", "md:hover:bg-[#{1}]", "dark:lg:text-[{0}px]/7", "-translate-x-[{0}%]", "group-hover:w-[calc(100%-{0}px)]", "focus-visible:ring-[{0}px]"];
        var cold = PerItem(() =>
        {
            for (var i = 0; i < Batch; i++)
            {
                counter++;
                var name = string.Format(CultureInfo.InvariantCulture, shapes[counter % shapes.Length], counter, (counter % 0xffffff).ToString("x6", CultureInfo.InvariantCulture));
                styles.Resolve(name);
            }
        });
        string[] common = ["flex", "items-center", "md:flex-row", "hover:bg-brand-600", "px-6", "py-3", "rounded-lg", "text-slate-700", "shadow-sm", "font-semibold"];
        var cached = PerItem(() =>
        {
            for (var i = 0; i < Batch; i++)
                styles.Resolve(common[i % common.Length]);
        });
        string[] typed = ["p", "md:bg-re", "text-s", "hover:", "-mt-", "grid-cols-", "dark:md:hover:border-sl"];
        var complete = PerItem(() =>
        {
            for (var i = 0; i < Batch; i++)
                styles.Complete(typed[i % typed.Length], 100);
        });
        (string Property, string Value)[] edits = [("padding", "24px"), ("color", "#0af"), ("width", "50%"), ("font-size", "18px"), ("margin-top", "-13px"), ("background-color", "rgba(0,0,0,0.5)")];
        var classFor = PerItem(() =>
        {
            for (var i = 0; i < Batch; i++)
                styles.ClassFor(edits[i % edits.Length].Property, edits[i % edits.Length].Value, i % 2 == 0 ? null : "md");
        });
        string[] element = ["mx-auto", "flex", "max-w-6xl", "flex-col", "items-center", "gap-12", "px-6", "py-20", "md:flex-row", "md:py-28"];
        var editFor = PerItem(() =>
        {
            for (var i = 0; i < Batch; i++)
                styles.EditFor(element, i % 2 == 0 ? "padding-left" : "padding-block", "32px", i % 3 == 0 ? "md" : null);
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"styles: class lookup (hover), first time: median {cold * 1000:F1} µs; cached: {cached * 1000:F2} µs"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"styles: completion of a typed class (up to 100 items): median {complete * 1000:F1} µs"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"styles: CSS → class: median {classFor * 1000:F1} µs; class edit for an element of 10 classes: median {editFor * 1000:F1} µs"));
        var worst = Math.Max(cold, complete);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"styles: class lookup for hover/completion: {worst:F4} ms at worst of the medians (target ≤ 1 ms): {(worst <= 1 ? "met" : "missed")}"));
        return 0;
    }

    /// <summary>The median time of one item of a batch, in milliseconds.</summary>
    private static double PerItem(Action batch) => Measure.MedianMilliseconds(batch, passes: 31, warmUpMilliseconds: 1000) / Batch;
}
