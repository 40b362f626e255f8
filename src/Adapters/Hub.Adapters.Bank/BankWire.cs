namespace Hub.Adapters.Bank;

// The provincial bank-query platform's JSON interface, as the platform defines it (not the hub's vocabulary).
// Dates are yyyyMMdd and amounts are decimal strings in CNY, as the platform sends them.

internal sealed record BankInquiry(
    string CertType, IReadOnlyList<BankInquirySubject> Subjects, string FlowFrom, string FlowTo, string FlowMinAmount);

internal sealed record BankInquirySubject(string CertNo, string Name);

internal sealed record BankTicket(string? Ticket);

internal sealed record BankResult(string? Ticket, string? Status, string? RetCode, string? RetMsg, IReadOnlyList<BankResultSubject>? Subjects);

internal sealed record BankResultSubject(string? CertNo, IReadOnlyList<BankResultBank>? Banks);

internal sealed record BankResultBank(
    string? BankName, IReadOnlyList<BankResultAccount>? Accounts, IReadOnlyList<BankResultHolding>? Holdings, IReadOnlyList<BankResultFlow>? Flows);

internal sealed record BankResultAccount(string? AcctNo, string? AcctKind, string? Balance);

internal sealed record BankResultHolding(string? ProdName, string? ProdKind, string? MarketValue);

internal sealed record BankResultFlow(string? TxnDate, string? Amount, string? Counterparty);
