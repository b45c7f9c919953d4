namespace OmniOS.Styles.Tailwind;

/// <summary>Why Tailwind generates nothing for a class that looks like one of its own (see <see cref="TailwindStyles.Diagnose"/>).</summary>
/// <param name="Part">The variant it does not know, the utility root whose value it does not take, or the utility.</param>
public sealed record UnknownClass(string ClassName, UnknownClassReason Reason, string Part);

public enum UnknownClassReason
{
    /// <summary>A variant Tailwind does not know (<c>mdd:flex</c>).</summary>
    UnknownVariant,

    /// <summary>A utility root Tailwind knows with a value it does not take (<c>bg-blu-500</c>: <c>bg</c>).</summary>
    UnknownValue,

    /// <summary>Known variants on a utility Tailwind does not know (<c>hover:foo</c>).</summary>
    UnknownUtility,

    /// <summary>Known variants and a known utility that cannot go together (a selector variant after a pseudo-element).</summary>
    InvalidCombination,
}
