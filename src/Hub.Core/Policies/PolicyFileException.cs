namespace Hub.Core.Policies;

/// <summary>A policy file the hub refuses to start with; names the file and the JSON path at fault.</summary>
public sealed class PolicyFileException(string file, string field, string problem)
    : Exception($"Policy file {file}: {field}: {problem}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}
