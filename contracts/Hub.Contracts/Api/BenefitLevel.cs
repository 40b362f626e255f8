namespace Hub.Contracts.Api;

/// <summary>
/// The benefit a granted person receives, where the policy sets it as a multiple of the 低保 standard (特困人员基本生活标准).
/// It is what is paid, not an income limit.
/// </summary>
/// <param name="Label">In Chinese, e.g. 特困人员基本生活标准.</param>
/// <param name="Multiplier">Of the 低保 standard of the household's residence.</param>
/// <param name="MonthlyCny">Yuan per person per month.</param>
/// <param name="Cite">The policy sentence that sets the multiplier, quoted; null when it is a sample.</param>
/// <param name="AtLeast">The policy sets a minimum (不低于): a higher local standard is lawful.</param>
public sealed record BenefitLevel(string Label, decimal Multiplier, decimal MonthlyCny, string? Cite, bool AtLeast);
