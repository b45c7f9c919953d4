namespace OmniOS.Styles.Tailwind;

/// <summary>
/// A class's place in Tailwind's output: by its variants (as a set, the later-registered variant deciding), then
/// by the properties it sets (<see cref="PropertyOrder"/>), then more declarations first, then by name with
/// numbers compared as numbers (<c>p-2</c> before <c>p-10</c>).
/// </summary>
internal sealed record ClassOrder(IReadOnlyList<long> Variants, IReadOnlyList<int> Properties, int Count, string Name) : IComparable<ClassOrder>
{
    public static readonly ClassOrder None = new([], [], 0, "");

    public int CompareTo(ClassOrder? other)
    {
        if (other is null)
            return 1;
        // Variant orders sorted from the latest: compared like Tailwind's bit masks.
        for (var i = 0; ; i++)
        {
            var mine = i < Variants.Count;
            var theirs = i < other.Variants.Count;
            if (!mine || !theirs)
            {
                if (mine != theirs)
                    return mine ? 1 : -1;
                break;
            }
            if (Variants[i] != other.Variants[i])
                return Variants[i].CompareTo(other.Variants[i]);
        }
        var common = Math.Min(Properties.Count, other.Properties.Count);
        for (var i = 0; i < common; i++)
        {
            if (Properties[i] != other.Properties[i])
                return Properties[i].CompareTo(other.Properties[i]);
        }
        if (Properties.Count != other.Properties.Count)
            return Properties.Count > common ? -1 : 1;
        if (Count != other.Count)
            return other.Count.CompareTo(Count);
        return NaturalCompare(Name, other.Name);
    }

    /// <summary>Ordinal, except that runs of digits compare by value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                    i++;
                while (j < b.Length && char.IsAsciiDigit(b[j]))
                    j++;
                var runA = a[startA..i].TrimStart('0');
                var runB = b[startB..j].TrimStart('0');
                if (runA.Length != runB.Length)
                    return runA.Length.CompareTo(runB.Length);
                var byDigits = string.CompareOrdinal(runA, runB);
                if (byDigits != 0)
                    return byDigits;
                var byText = string.CompareOrdinal(a[startA..i], b[startB..j]);
                if (byText != 0)
                    return byText;
                continue;
            }
            if (a[i] != b[j])
                return a[i].CompareTo(b[j]);
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
