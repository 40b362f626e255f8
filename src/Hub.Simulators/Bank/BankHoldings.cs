namespace Hub.Simulators.Bank;

// What one bank holds for one person, in the platform's vocabulary: full account numbers, the platform's kind codes.

/// <summary>A person's business with one bank.</summary>
public sealed record BankRelationship(
    string BankName, IReadOnlyList<BankDeposit> Deposits, IReadOnlyList<BankInvestment> Investments, IReadOnlyList<BankOutflow> Outflows);

/// <param name="KindCode">01 活期 (current), 02 定期 (time).</param>
public sealed record BankDeposit(string AccountNumber, string KindCode, decimal Balance);

/// <param name="KindCode">LC 理财, JJ 基金, ZQ 证券.</param>
public sealed record BankInvestment(string ProductName, string KindCode, decimal MarketValue);

/// <summary>A transfer out from the bank's large-transaction register (≥ 50,000 CNY).</summary>
public sealed record BankOutflow(DateOnly On, decimal Amount, string Counterparty);
