using Hub.Contracts.Api;
using Hub.Core.Catalog;
using Hub.Contracts.Identity;
using Hub.Contracts.Text;

namespace Hub.Core.Submission;

/// <summary>
/// Checks a submission against the API's rules. Errors are keyed by the JSON path of the field at fault;
/// messages never repeat the submitted personal data. Free text is checked by <see cref="TextInput"/> and
/// comes back in NFC: the normalized request is the one to store and hash.
/// </summary>
public static class SubmissionValidator
{
    public static Dictionary<string, string[]> Validate(SubmitVerificationRequest request, IReadOnlySet<string> knownSources,
        CallbackPolicy callbacks, DateOnly today, out SubmitVerificationRequest normalized)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        var caseRef = Text(request.CaseRef, "caseRef", TextRule.CaseRef, Add);
        if (string.IsNullOrEmpty(request.Jurisdiction)) Add("jurisdiction", "is required");
        else if (!HubCatalog.Jurisdictions.ContainsKey(request.Jurisdiction)) Add("jurisdiction", "is not a jurisdiction this hub serves");
        OneOf(request.AssistanceType, "assistanceType", HubCatalog.AssistanceTypes, Add);
        if (request is { Jurisdiction: { } place, AssistanceType: { } type } && HubCatalog.Jurisdictions.TryGetValue(place, out var name)
            && HubCatalog.AssistanceTypes.Contains(type) && !HubCatalog.Provides(place, type))
            Add("assistanceType", $"is not provided by the policy of {name} ({place})");
        OneOf(request.Residence, "residence", HubCatalog.Residences, Add);
        var (validIds, names) = Members(request.Members, today, Add);
        var consentReference = Consent(request.Consent, validIds, today, Add);
        Sources(request.Sources, knownSources, Add);
        if (request.RecipientSince > today) Add("recipientSince", "must not be in the future");
        Expense(request.Expenses?.MedicalCny, "expenses.medicalCny", Add);
        Expense(request.Expenses?.EducationCny, "expenses.educationCny", Add);
        if (request.CallbackUrl is { } url && callbacks.Problem(url) is { } callbackProblem) Add("callbackUrl", callbackProblem);

        normalized = errors.Count > 0 ? request : request with
        {
            CaseRef = caseRef,
            Members = request.Members!.Select((m, i) => m with { Name = names[i] }).ToList(),
            Consent = request.Consent! with { Reference = consentReference },
        };
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Validates members; returns the valid ID numbers with each member's age today, and the names in NFC.</summary>
    private static (Dictionary<string, int> Ids, List<string?> Names) Members(
        IReadOnlyList<MemberRequest>? members, DateOnly today, Action<string, string> add)
    {
        var valid = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string?>();
        if (members is null || members.Count == 0) { add("members", "must list at least one member"); return (valid, names); }
        if (members.Count > HubCatalog.MaxMembers) { add("members", $"must list at most {HubCatalog.MaxMembers} members"); return (valid, names); }
        if (members.Count(m => m?.Relation == HubCatalog.Applicant) != 1) add("members", "must contain exactly one applicant");

        for (var i = 0; i < members.Count; i++)
        {
            var field = $"members[{i}]";
            if (members[i] is not { } member) { add(field, "must not be null"); names.Add(null); continue; }
            names.Add(Text(member.Name, $"{field}.name", TextRule.PersonName, add));
            OneOf(member.Relation, $"{field}.relation", HubCatalog.Relations, add);
            if (member.DisabilityGrade is < 1 or > 4) add($"{field}.disabilityGrade", "must be 1 (一级) to 4 (四级)");
            if (member.Employment is { } work && !Employments.All.Contains(work))
                add($"{field}.employment", $"must be one of: {string.Join(", ", Employments.All)}");
            if (IdNumber.Problem(member.IdNumber, today) is { } problem) add($"{field}.idNumber", problem);
            else if (!valid.TryAdd(member.IdNumber!, IdNumber.AgeOn(member.IdNumber!, today)))
                add($"{field}.idNumber", "appears more than once in the household");
        }
        return (valid, names);
    }

    /// <summary>Validates the consent and returns its reference in NFC.</summary>
    private static string? Consent(ConsentRequest? consent, Dictionary<string, int> members, DateOnly today, Action<string, string> add)
    {
        if (consent is null) { add("consent", "is required"); return null; }
        var reference = Text(consent.Reference, "consent.reference", TextRule.ConsentReference, add);
        if (consent.SignedOn is not { } signed) add("consent.signedOn", "is required");
        else if (signed > today) add("consent.signedOn", "must not be in the future");
        if (consent.ValidUntil is not { } until) add("consent.validUntil", "is required");
        else if (until < today) add("consent.validUntil", "has expired");
        else if (consent.SignedOn is { } s && until < s) add("consent.validUntil", "must not be before signedOn");

        var signers = consent.SignedBy ?? [];
        if (signers.Any(id => id is null || !members.ContainsKey(id)))
            add("consent.signedBy", "names someone who is not a member of the household");
        var unsigned = members.Where(m => m.Value >= HubCatalog.AdultAge && !signers.Contains(m.Key)).Count();
        if (unsigned > 0) add("consent.signedBy", $"lacks the signature of {unsigned} adult member(s)");
        return reference;
    }

    private static void Sources(IReadOnlyList<string>? sources, IReadOnlySet<string> known, Action<string, string> add)
    {
        if (sources is null) return;
        if (sources.Count == 0) add("sources", "must be null (every source) or name at least one source");
        for (var i = 0; i < sources.Count; i++)
            if (sources[i] is null || !known.Contains(sources[i])) add($"sources[{i}]", $"is not one of: {string.Join(", ", known.Order())}");
        if (sources.Distinct().Count() != sources.Count) add("sources", "names a source twice");
    }

    /// <summary>Yuan with at most two decimals; a household's declared twelve months stay far below the ceiling.</summary>
    private static void Expense(decimal? amount, string field, Action<string, string> add)
    {
        if (amount is not { } value) return;
        if (value < 0 || value > MaxExpenseCny) add(field, $"must be between 0 and {MaxExpenseCny} yuan");
        else if (decimal.Round(value, 2) != value) add(field, "must have at most two decimals");
    }

    private const decimal MaxExpenseCny = 100_000_000m;

    private static string? Text(string? value, string field, TextRule rule, Action<string, string> add)
    {
        var check = TextInput.Check(value, rule);
        if (check.Problem is { } problem) add(field, problem);
        return check.Text;
    }

    private static void OneOf(string? value, string field, IReadOnlySet<string> allowed, Action<string, string> add)
    {
        if (string.IsNullOrEmpty(value)) add(field, "is required");
        else if (!allowed.Contains(value)) add(field, $"must be one of: {string.Join(", ", allowed)}");
    }
}
