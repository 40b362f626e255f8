namespace Hub.Simulators.HousingFund;

/// <summary>A personal housing fund account as the center keeps it.</summary>
/// <param name="StatusCode">01 正常 (contributing), 02 封存 (suspended: no employer paying in), 99 销户 (closed, paid out).</param>
public sealed record HousingFundAccount(
    string AccountNumber, string StatusCode, string Employer, decimal EmployerMonthly, decimal EmployeeMonthly, decimal Balance);
