namespace Hub.Contracts.Api;

/// <summary>
/// Expenses the household declares for the twelve months before the application, in yuan: the base of the 刚性支出
/// deductions and of 支出型困难家庭. No department reports them; the office keeps the receipts.
/// </summary>
public sealed record ExpensesRequest
{
    /// <summary>Medical costs the household paid itself (因病、因残), after insurance.</summary>
    public decimal? MedicalCny { get; init; }

    /// <summary>Education costs the household paid itself (因子女就学).</summary>
    public decimal? EducationCny { get; init; }
}
