using Hub.Contracts.Messages;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Matches the people in a department's answer to the members asked about: each must appear exactly once,
/// and nobody else may, or the answer cannot be trusted to describe this household.
/// </summary>
public sealed class AnswerRoster(CheckSource command)
{
    // A trailing check character may come back as 'x' from some systems.
    private readonly Dictionary<string, int> positions =
        command.Members.ToDictionary(m => m.IdNumber, m => m.Position, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> answered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The member's position in the household; throws if the person was not asked about or appears twice.</summary>
    public int PositionOf(string? idNumber)
    {
        if (idNumber is null || !positions.TryGetValue(idNumber, out var position))
            throw new UnreadableAnswerException("the answer names a person who was not asked about");
        if (!answered.Add(idNumber)) throw new UnreadableAnswerException("the answer names a person twice");
        return position;
    }

    public void EnsureEveryoneAnswered()
    {
        if (answered.Count != positions.Count) throw new UnreadableAnswerException("the answer does not cover every member asked about");
    }
}
