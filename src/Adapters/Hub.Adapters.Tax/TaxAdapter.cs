using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Tax;

/// <summary>Asks the tax department for each member's income items over the last twelve full months. The department demands signed requests (Sources:tax:AppKey/AppSecret).</summary>
public sealed class TaxAdapter(TimeProvider time) : ISourceAdapter
{
    public static string SourceCode => "tax";

    public const int MonthsLookedBack = 12;
    private const string SuccessCode = "0";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var query = new TaxQuery(
            command.Members.Select(m => new TaxQueryPerson(m.IdNumber, m.Name)).ToList(),
            thisMonth.AddMonths(-MonthsLookedBack).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            thisMonth.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "income/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<TaxAnswer>(answer, Json);
        if (parsed.Code != SuccessCode) throw new UnreadableAnswerException($"the department reported code {parsed.Code ?? "(none)"}");

        var roster = new AnswerRoster(command);
        var income = new List<IncomeRecord>();
        foreach (var person in parsed.Results ?? [])
        {
            var position = roster.PositionOf(person.IdNumber);
            foreach (var item in person.Incomes ?? [])
                income.Add(ToRecord(position, item));
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { Income = income };
    }

    private static IncomeRecord ToRecord(int position, TaxAnswerIncome item)
    {
        if (item.ItemCode is null || !TaxItemCodes.ToCategory.TryGetValue(item.ItemCode, out var category))
            throw new UnreadableAnswerException($"unknown income item code {item.ItemCode}");
        if (!decimal.TryParse(item.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            throw new UnreadableAnswerException("an income amount is not a number");
        if (item.Period is null || !DateOnly.TryParseExact(item.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UnreadableAnswerException("an income period is not yyyy-MM");
        return new IncomeRecord(position, category, item.Period, amount, item.WithholdingAgent ?? "");
    }
}
