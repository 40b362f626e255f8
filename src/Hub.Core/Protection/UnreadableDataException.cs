namespace Hub.Core.Protection;

/// <summary>
/// Stored personal data that does not decrypt: altered, moved from another row or column, or under a data key this
/// process cannot unwrap. The hub's own failure, never a department's; the message names the column and row, no content.
/// </summary>
public sealed class UnreadableDataException(string message) : Exception(message);
