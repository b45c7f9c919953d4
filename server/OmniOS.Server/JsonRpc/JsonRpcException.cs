namespace OmniOS.Server.JsonRpc;

/// <summary>An error answer to a JSON-RPC request: a code from the spec (or an application code) and a message.</summary>
public sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>LSP: the server has not been initialized yet.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>LSP: the request was cancelled by the client.</summary>
    public const int RequestCancelled = -32800;

    public int Code { get; } = code;

    public static JsonRpcException InvalidParameters(string message) => new(InvalidParams, message);
}
