namespace Hub.Contracts.Api;

/// <summary>One kind of income of the assessed members, yuan per month, with the records it comes from.</summary>
/// <param name="Kind">An income category of the tax records (e.g. <c>wages</c>), a pension scheme
/// (<c>pension_urban_employee</c>, <c>pension_urban_rural_resident</c>) or <c>unemployment_benefit</c>.</param>
/// <param name="Label">The kind in Chinese, e.g. 工资薪金所得.</param>
/// <param name="MonthlyCny">Tax records: the twelve months' total ÷ 12; benefits: the amount paid per month now.</param>
public sealed record IncomeLine(string Kind, string Label, decimal MonthlyCny, IReadOnlyList<string> Sources, IReadOnlyList<RecordReference> Basis);
