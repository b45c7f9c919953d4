namespace OmniOS.Styles.Tests;

/// <summary>Static CSS for a set of classes: Tailwind's order, media queries for variants, unknown classes apart.</summary>
public sealed class CssGenerationTests
{
    [Fact]
    public void The_rules_come_in_the_order_tailwind_writes_them_for_every_class_of_the_oracle()
    {
        var oracle = Oracle.Load();
        var known = oracle.Order.Where(c => TailwindStyles.Default.Resolve(c) is not null).ToList();

        var sheet = TailwindStyles.Default.Generate(known.OrderBy(c => c, StringComparer.Ordinal));

        // Each pair of neighbours in Tailwind's output must come in the same order in ours.
        var position = sheet.Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var misplaced = known.Zip(known.Skip(1)).Where(p => position[p.First] > position[p.Second]).Select(p => $"{p.First} before {p.Second}").ToList();
        Assert.True(misplaced.Count == 0, $"{misplaced.Count} of {known.Count - 1} neighbouring pairs out of Tailwind's order:\n{string.Join('\n', misplaced.Take(60))}");
    }

    [Fact]
    public void A_small_set_gives_rules_with_escaped_selectors_media_queries_and_the_variables_they_compose_with()
    {
        var sheet = TailwindStyles.Default.Generate(["md:flex", "p-4", "foo-bar", "hover:bg-black/50", "translate-x-4", "w-1/2"]);

        Assert.Equal(["foo-bar"], sheet.Unknown);
        Assert.Equal(["w-1/2", "translate-x-4", "p-4", "hover:bg-black/50", "md:flex"], sheet.Classes);
        Assert.Equal(
            """
            .w-1\/2 {
              width: 50%;
            }
            .translate-x-4 {
              --tw-translate-x: 1rem;
              translate: var(--tw-translate-x) var(--tw-translate-y);
            }
            .p-4 {
              padding: 1rem;
            }
            @media (hover: hover) {
              .hover\:bg-black\/50:hover {
                background-color: color-mix(in oklab, #000 50%, transparent);
              }
            }
            @media (width >= 48rem) {
              .md\:flex {
                display: flex;
              }
            }
            @property --tw-translate-x {
              syntax: "*";
              inherits: false;
              initial-value: 0;
            }
            @property --tw-translate-y {
              syntax: "*";
              inherits: false;
              initial-value: 0;
            }

            """.ReplaceLineEndings("\n"), sheet.Css);
    }

    [Fact]
    public void Important_classes_mark_every_declaration_and_animations_bring_their_keyframes()
    {
        var sheet = TailwindStyles.Default.Generate(["p-4!", "animate-spin"]);

        Assert.Contains("padding: 1rem !important;", sheet.Css);
        Assert.Contains("animation: spin 1s linear infinite;", sheet.Css);
        Assert.Contains("@keyframes spin {", sheet.Css);
    }
}
