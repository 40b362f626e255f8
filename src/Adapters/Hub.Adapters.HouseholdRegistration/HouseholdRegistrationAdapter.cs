using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.HouseholdRegistration;

/// <summary>
/// Asks the household registry (公安 户籍) which registered households (户) the members belong or belonged to and
/// who else is registered there, with relations, deaths and moves. People the household did not declare gave no
/// consent: only a masked name and ID number of theirs leave the adapter. The registry demands signed requests
/// (Sources:household_registration:AppKey/AppSecret).
/// </summary>
public sealed class HouseholdRegistrationAdapter : ISourceAdapter
{
    public static string SourceCode => "household_registration";

    public const string SuccessCode = "1";
    /// <summary>查询原因: the registry records why it was asked.</summary>
    public const string Purpose = "社会救助家庭经济状况核对";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var query = new HukouQuery(command.Jurisdiction, Purpose,
            command.Members.Select(m => new HukouQueryPerson(m.IdNumber, m.Name)).ToList());
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "hukou/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<HukouAnswer>(answer, Json);
        if (parsed.Code != SuccessCode) throw new UnreadableAnswerException($"the registry reported code {parsed.Code ?? "(none)"}");

        // A trailing check character may come back as 'x' from some systems.
        var positions = command.Members.ToDictionary(m => m.IdNumber, m => m.Position, StringComparer.OrdinalIgnoreCase);
        var found = new HashSet<int>();
        var persons = new List<RegisteredPersonRecord>();
        var households = parsed.Households ?? [];
        for (var h = 0; h < households.Count; h++)
        {
            var inHousehold = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var resident in households[h].Residents ?? [])
            {
                if (string.IsNullOrWhiteSpace(resident.IdNumber)) throw new UnreadableAnswerException("a resident has no ID number");
                if (!inHousehold.Add(resident.IdNumber)) throw new UnreadableAnswerException("a household lists a person twice");
                int? member = positions.TryGetValue(resident.IdNumber, out var position) ? position : null;
                persons.Add(ToRecord(h + 1, resident, member));
                if (member is { } declared) found.Add(declared);
            }
        }
        foreach (var idNumber in parsed.NotFound ?? [])
        {
            if (!positions.TryGetValue(idNumber, out var position)) throw new UnreadableAnswerException("the answer names a person who was not asked about");
            if (!found.Add(position)) throw new UnreadableAnswerException("the answer both finds a person and says it does not know them");
        }
        if (found.Count != positions.Count) throw new UnreadableAnswerException("the answer does not cover every member asked about");
        return new CanonicalRecords { RegisteredPersons = persons };
    }

    private static RegisteredPersonRecord ToRecord(int household, HukouResident resident, int? position)
    {
        var relation = RelationCodes.RelationOf(resident.RelationCode)
            ?? throw new UnreadableAnswerException($"unknown relation code {resident.RelationCode}");
        if (resident.StatusCode is null || !RegistrationStatusCodes.ToStatus.TryGetValue(resident.StatusCode, out var status))
            throw new UnreadableAnswerException($"unknown registration status code {resident.StatusCode}");
        if (!DateOnly.TryParseExact(resident.ChangedOn, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var changedOn))
            throw new UnreadableAnswerException("a change date is not yyyyMMdd");
        return position is { } member
            ? new RegisteredPersonRecord(household, member, null, null, relation, status, changedOn)
            : new RegisteredPersonRecord(household, null, MaskedName(resident.Name), IdNumber.Mask(resident.IdNumber!), relation, status, changedOn);
    }

    /// <summary>The surname's first character and a star; a rare character outside the BMP stays whole.</summary>
    private static string MaskedName(string? name) =>
        string.IsNullOrEmpty(name) ? "*" : name[..StringInfo.GetNextTextElementLength(name)] + "*";
}
