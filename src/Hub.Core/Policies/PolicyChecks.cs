namespace Hub.Core.Policies;

/// <summary>The checks the validators share; each failure names the file and the JSON path.</summary>
internal sealed class PolicyChecks(string file)
{
    public void Fail(string field, string problem) => throw new PolicyFileException(file, field, problem);

    public PolicyParameter Missing(string field) => throw new PolicyFileException(file, field, "is required (missing threshold)");

    public void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail(field, "is required");
    }

    public void Positive(PolicyParameter p, string field)
    {
        if (p.Value <= 0) Fail(field + ".value", "must be positive");
    }

    public void InRange(PolicyParameter p, string field, decimal min, decimal max)
    {
        if (p.Value < min || p.Value > max) Fail(field + ".value", $"{p.Value} is out of range [{min}, {max}]");
    }

    public void Whole(PolicyParameter p, string field)
    {
        if (p.Value != decimal.Truncate(p.Value)) Fail(field + ".value", "must be a whole number");
    }

    public void Months(PolicyParameter p, string field, int max)
    {
        Whole(p, field);
        InRange(p, field, 1m, max);
    }

    /// <summary>A provision is either quoted from the policy text or marked a sample, never both and never neither.</summary>
    public void CitedOrSample(bool sample, string? cite, string field)
    {
        if (sample == !string.IsNullOrWhiteSpace(cite))
            Fail(field, "must either cite the policy text (cite) or be marked \"sample\": true, not both");
    }
}
