namespace Hub.Core.Policies;

/// <summary>
/// A number in a policy pack. Either the seed policy states it (<see cref="Cite"/> quotes where) or it is a
/// shipped sample (<see cref="Sample"/>) the operator must replace with the locally published figure.
/// </summary>
public sealed record PolicyParameter(decimal Value, bool Sample = false, string? Cite = null);
