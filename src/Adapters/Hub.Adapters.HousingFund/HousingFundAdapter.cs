using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.HousingFund;

/// <summary>Asks the housing provident fund center (住房公积金管理中心) for each member's fund accounts.</summary>
public sealed class HousingFundAdapter : ISourceAdapter
{
    public static string SourceCode => "housing_fund";

    private const string ResidentIdCard = "01";
    private const string SuccessCode = "0000";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var query = new FundQuery(ResidentIdCard, command.Members.Select(m => m.IdNumber).ToList());
        // A POST rather than GET ?ids=…: ID numbers in a URL end up in every proxy's and gateway's access log on the way.
        // It is a pure read, so safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "accounts/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<FundAnswer>(answer, Json);
        if (parsed.Code != SuccessCode) throw new UnreadableAnswerException($"the center reported code {parsed.Code ?? "(none)"}");
        if (parsed.Results is not { } results)
            throw new UnreadableAnswerException("the answer has no results");

        var roster = new AnswerRoster(command);
        var accounts = new List<HousingFundRecord>();
        foreach (var person in results)
        {
            var position = roster.PositionOf(person.IdNumber);
            accounts.AddRange((person.Accounts ?? []).Select(a => ToRecord(position, a)));
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { HousingFundAccounts = accounts };
    }

    private static HousingFundRecord ToRecord(int position, FundAnswerAccount account)
    {
        if (account.StatusCode is null || !HousingFundStatusCodes.ToStatus.TryGetValue(account.StatusCode, out var status))
            throw new UnreadableAnswerException($"unknown account status code {account.StatusCode}");
        return new HousingFundRecord(position, status, account.Employer ?? "",
            Amount(account.EmployerMonthly) + Amount(account.EmployeeMonthly), Amount(account.Balance));
    }

    private static decimal Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new UnreadableAnswerException("an amount is not a number");
}
