namespace Hub.Web.Access;

/// <summary>A configured API client. Only the SHA-256 of its key is kept.</summary>
public sealed class ApiClient
{
    public string Name { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string KeySha256 { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>Jurisdiction codes this client may act for; <c>*</c> for all.</summary>
    public List<string> Jurisdictions { get; set; } = [];
    /// <summary>Host names this client's callback URLs may point to (exact, case-insensitive); none means no callbacks.</summary>
    public List<string> CallbackHosts { get; set; } = [];
}
