namespace Hub.Core.Policies;

/// <summary>
/// A provision of a policy pack that is not a number (a deduction is allowed, a balance counts as an asset): either the
/// seed policy states it (<see cref="Cite"/> quotes where) or it is a shipped sample the operator confirms or removes.
/// </summary>
public sealed record PolicyClause(bool Sample = false, string? Cite = null);
