using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hub.Core;

/// <summary>The one JSON shape the hub stores and serves: camelCase, Chinese text unescaped.</summary>
public static class HubJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
