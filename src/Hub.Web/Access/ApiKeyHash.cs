using System.Security.Cryptography;
using System.Text;

namespace Hub.Web.Access;

public static class ApiKeyHash
{
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
