namespace Hub.Adapters.Tax;

// The tax department's JSON interface, as the department defines it (not the hub's vocabulary).

internal sealed record TaxQuery(IReadOnlyList<TaxQueryPerson> Taxpayers, string FromPeriod, string ToPeriod);

internal sealed record TaxQueryPerson(string IdNumber, string Name);

internal sealed record TaxAnswer(string? Code, string? Message, IReadOnlyList<TaxAnswerPerson>? Results);

internal sealed record TaxAnswerPerson(string? IdNumber, bool Found, IReadOnlyList<TaxAnswerIncome>? Incomes);

internal sealed record TaxAnswerIncome(string? Period, string? ItemCode, string? Amount, string? WithholdingAgent);
