namespace Hub.Web.Access;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public List<ApiClient> ApiKeys { get; set; } = [];
}
