using System.Diagnostics;

namespace OmniOS.Bench;

/// <summary>Median timing after a warm-up long enough for tiered compilation to settle.</summary>
public static class Measure
{
    /// <summary>The median time of <paramref name="action"/>; <paramref name="reset"/>, if given, runs untimed after each.</summary>
    public static double MedianMilliseconds(Action action, int passes = 200, int warmUpMilliseconds = 2000, Action? reset = null)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < warmUpMilliseconds)
        {
            action();
            reset?.Invoke();
        }
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
