using System.Text.Json;

namespace Hub.Adapters.Sdk;

/// <summary>Reads a department's JSON answer; anything that is not its expected JSON is an unreadable answer.</summary>
public static class AnswerJson
{
    public static T Read<T>(byte[] answer, JsonSerializerOptions options) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(answer, options) ?? throw new UnreadableAnswerException("the answer is empty");
        }
        catch (JsonException)
        {
            throw new UnreadableAnswerException("not valid JSON");
        }
    }
}
