using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Core.Policies;

/// <summary>Reads one policy file strictly: unknown fields, missing fields and nulls where a value is required are errors.</summary>
public static class PolicyReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <param name="file">How errors name the file: its path, or the resource name of a shipped pack.</param>
    public static PolicyPack Read(Stream json, string file)
    {
        PolicyPack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<PolicyPack>(json, Options);
        }
        catch (JsonException e)
        {
            throw new PolicyFileException(file, e.Path ?? "$", FirstLine(e.Message));
        }
        if (pack is null) throw new PolicyFileException(file, "$", "is null");
        PolicyValidator.Validate(pack, file);
        return pack;
    }

    /// <summary>The serializer appends the path and position to its message; the path is reported separately.</summary>
    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
