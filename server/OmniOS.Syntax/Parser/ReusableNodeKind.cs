namespace OmniOS.Syntax.Parser;

/// <summary>The list positions where the incremental parser offers unchanged subtrees of the previous tree.</summary>
internal enum ReusableNodeKind
{
    Statement,
    ClassMember,
    JsxChild,
}
