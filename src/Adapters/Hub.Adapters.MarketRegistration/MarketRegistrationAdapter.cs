using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.MarketRegistration;

/// <summary>
/// Asks the market-regulation registry which roles the members hold in registered enterprises and individual
/// businesses. The registry demands signed requests (Sources:market_registration:AppKey/AppSecret) and
/// states registered capital in 万元, which this adapter converts to yuan.
/// </summary>
public sealed class MarketRegistrationAdapter : ISourceAdapter
{
    public static string SourceCode => "market_registration";

    public const decimal YuanPerWan = 10_000m;
    private const string Purpose = "家庭经济状况核对";
    private const string SuccessCode = "00";
    private const string CnyCurrencyCode = "156";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var query = new RolesQuery(Purpose, command.Jurisdiction, command.Members.Select(m => new RolesQueryPerson(m.IdNumber, m.Name)).ToList());
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "roles/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<RolesAnswer>(answer, Json);
        if (parsed.Code != SuccessCode) throw new UnreadableAnswerException($"the registry reported code {parsed.Code ?? "(none)"}");

        // The registry also states how many people it looked up; a mismatch means it answered another query.
        if (parsed.PeopleCount != command.Members.Count)
            throw new UnreadableAnswerException("the answer does not cover every member asked about");
        var roster = new AnswerRoster(command);
        var roles = new List<EnterpriseRoleRecord>();
        foreach (var person in parsed.Results ?? [])
        {
            var position = roster.PositionOf(person.IdNumber);
            foreach (var role in person.Roles ?? [])
                roles.Add(ToRecord(position, role));
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { EnterpriseRoles = roles };
    }

    private static EnterpriseRoleRecord ToRecord(int position, RolesAnswerRole item)
    {
        if (string.IsNullOrWhiteSpace(item.EnterpriseName))
            throw new UnreadableAnswerException("an enterprise has no name");
        if (item.CreditCode is null || !UnifiedCreditCode.IsValid(item.CreditCode))
            throw new UnreadableAnswerException("a unified social credit code is malformed");
        if (item.RoleCode is null || !RegistryRoleCodes.ToRole.TryGetValue(item.RoleCode, out var role))
            throw new UnreadableAnswerException($"unknown role code {item.RoleCode}");
        if (item.StatusCode is null || !RegistryStatusCodes.ToStatus.TryGetValue(item.StatusCode, out var status))
            throw new UnreadableAnswerException($"unknown registration status code {item.StatusCode}");
        // No exchange rate is at hand to turn foreign-currency capital into yuan honestly.
        if (item.CurrencyCode != CnyCurrencyCode)
            throw new UnreadableAnswerException($"registered capital in currency {item.CurrencyCode} cannot be stated in CNY");
        if (!TryNumber(item.CapitalWan, out var capitalWan))
            throw new UnreadableAnswerException("a registered capital is not a number");

        decimal? share = null;
        if (role == EnterpriseRoles.Shareholder)
        {
            if (!TryNumber(item.SharePercent, out var percent) || percent is <= 0 or > 100)
                throw new UnreadableAnswerException("a shareholding is not a percentage");
            share = percent / 100m;
        }
        return new EnterpriseRoleRecord(position, item.EnterpriseName, item.CreditCode, role, share, capitalWan * YuanPerWan, status);
    }

    private static bool TryNumber(string? value, out decimal number) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
}
