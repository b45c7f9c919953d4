namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Compiles a candidate for one functional utility: its blocks, or null when the value is not one it takes.</summary>
internal delegate IReadOnlyList<UtilityBlock>? UtilityCompiler(UtilityCandidate candidate);
