namespace Hub.Contracts.Records;

/// <summary>One taxable income item of a member for one month, in CNY.</summary>
/// <param name="MemberPosition">Position of the member in the submitted household (0-based).</param>
/// <param name="Category">One of <see cref="IncomeCategories"/>.</param>
/// <param name="Period">The month, as yyyy-MM.</param>
public sealed record IncomeRecord(int MemberPosition, string Category, string Period, decimal AmountCny, string Payer);
