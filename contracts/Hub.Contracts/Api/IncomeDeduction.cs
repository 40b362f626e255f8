namespace Hub.Contracts.Api;

/// <summary>One amount taken off gross income before it is compared (就业成本, 刚性支出, declared expenses).</summary>
/// <param name="Kind"><c>employment_cost</c>, <c>medical_expenses</c> or <c>education_expenses</c>.</param>
/// <param name="Label">The deduction in Chinese.</param>
/// <param name="MonthlyCny">Yuan per month taken off.</param>
/// <param name="Basis">How the amount was reached, in Chinese (whose earnings, which share or amount, declared or recorded).</param>
/// <param name="Cite">The policy sentence that allows the deduction, quoted.</param>
/// <param name="Sample">The share or amount is a shipped sample, not the operator's published figure.</param>
public sealed record IncomeDeduction(string Kind, string Label, decimal MonthlyCny, string Basis, string? Cite, bool Sample);
