namespace Hub.Core.Policies;

/// <summary>Expenses the household declares for the last twelve months, yuan. No department reports them.</summary>
public sealed record DeclaredExpenses(decimal MedicalCny, decimal EducationCny);
