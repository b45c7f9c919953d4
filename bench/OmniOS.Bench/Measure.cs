using System.Diagnostics;

namespace OmniOS.Bench;

/// <summary>Median timing once tiered compilation has settled.</summary>
public static class Measure
{
    /// <summary>The longest a measurement keeps waiting for the timings to settle.</summary>
    private const int SettleLimitMilliseconds = 30_000;

    /// <summary>
    /// The median time of <paramref name="action"/>; <paramref name="reset"/>, if given, runs untimed after each.
    /// Tiered compilation with dynamic PGO keeps promoting the methods of a large workload for several
    /// seconds, so a fixed warm-up can end too early (a command on the big corpus file measured 2.4 ms
    /// after 2 s and 0.7–1.0 ms later): after the warm-up, batches of <paramref name="passes"/> are timed
    /// until one is no more than 3% faster than the one before, and that batch's median is the figure.
    /// </summary>
    public static double MedianMilliseconds(Action action, int passes = 200, int warmUpMilliseconds = 2000, Action? reset = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < warmUpMilliseconds)
        {
            action();
            reset?.Invoke();
        }
        var median = BatchMedian(action, passes, reset);
        while (clock.ElapsedMilliseconds < SettleLimitMilliseconds)
        {
            var next = BatchMedian(action, passes, reset);
            var settled = next > median * 0.97;
            median = next;
            if (settled)
                break;
        }
        return median;
    }

    private static double BatchMedian(Action action, int passes, Action? reset)
    {
        var times = new double[passes];
        var stopwatch = new Stopwatch();
        for (var i = 0; i < passes; i++)
        {
            stopwatch.Restart();
            action();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
            reset?.Invoke();
        }
        Array.Sort(times);
        return times[passes / 2];
    }
}
