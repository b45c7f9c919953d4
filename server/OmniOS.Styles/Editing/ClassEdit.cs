namespace OmniOS.Styles.Editing;

/// <summary>
/// How an element's class list changes for one inspector edit: the classes to remove and the classes to add, in
/// order. The first added class takes the place of the first removed one (<c>p-4</c> → <c>p-6</c> in place),
/// which is what the <c>replaceClasses</c> design command does.
/// </summary>
public sealed record ClassEdit(IReadOnlyList<string> Remove, IReadOnlyList<string> Add)
{
    public static readonly ClassEdit None = new([], []);

    public bool IsEmpty => Remove.Count == 0 && Add.Count == 0;

    /// <summary>The class list after the edit: added classes where the first removed one stood, else at the end.</summary>
    public IReadOnlyList<string> ApplyTo(IReadOnlyList<string> classes)
    {
        var result = new List<string>();
        var placed = false;
        foreach (var name in classes)
        {
            if (Remove.Contains(name))
            {
                if (!placed)
                {
                    result.AddRange(Add.Where(a => !classes.Contains(a)));
                    placed = true;
                }
                continue;
            }
            result.Add(name);
        }
        if (!placed)
            result.AddRange(Add.Where(a => !classes.Contains(a)));
        return result;
    }
}
