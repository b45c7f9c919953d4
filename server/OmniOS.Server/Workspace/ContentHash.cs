using System.Security.Cryptography;

namespace OmniOS.Server.Workspace;

/// <summary>A file content's identity for the journal: SHA-256, hex.</summary>
public static class ContentHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
