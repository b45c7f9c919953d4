namespace OmniOS.Design.Model;

/// <summary>An import declaration: the module and the local names it binds.</summary>
public sealed record ImportModel(string Source, IReadOnlyList<ImportBinding> Bindings, bool TypeOnly);

/// <summary>A local name and what it imports: "default", "*" (namespace) or the exported name.</summary>
public sealed record ImportBinding(string Local, string Imported);
