using System.Globalization;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;

namespace Hub.Core.Policies;

/// <summary>
/// Each member's age, disability and illness as the policy may take them, and each declaration checked against the
/// records. A disability grade comes from the disabled persons' federation when it answered; when it did not, the
/// declared grade stands provisionally and the check says it is unverifiable. No department holds diagnoses, so a
/// declared serious illness is always unverifiable.
/// </summary>
public sealed class MemberConditions
{
    /// <summary>How a declared serious illness is named in the checks.</summary>
    public const string Illness = "重病";

    private readonly Dictionary<int, int?> grades = [];
    private readonly HouseholdCase household;
    private readonly PolicyWorkAbility ability;

    public IReadOnlyList<DeclarationCheck> Checks { get; }

    public MemberConditions(HouseholdCase household, PolicyWorkAbility ability)
    {
        this.household = household;
        this.ability = ability;
        var disability = household.Records.GetValueOrDefault(HouseholdMetricSources.Disability);
        var checks = new List<DeclarationCheck>();
        foreach (var member in household.Members)
        {
            var certificates = disability?.DisabilityCertificates.Where(c => c.MemberPosition == member.Position).ToList() ?? [];
            var valid = certificates.Where(c => c.Status == CertificateStatuses.Valid && c.ValidUntil >= household.Today).ToList();
            int? recorded = valid.Count > 0 ? valid.Min(c => c.Grade) : null;
            grades[member.Position] = disability is null ? member.DisabilityGrade : recorded;

            if (member.DisabilityGrade is { } declared)
                checks.Add(disability is null
                    ? new DeclarationCheck(member.Position, $"残疾等级{Grade(declared)}", DeclarationChecks.Unverifiable,
                        "残联残疾人证来源未答复，无法核对", [])
                    : recorded is not { } grade
                        ? new DeclarationCheck(member.Position, $"残疾等级{Grade(declared)}", DeclarationChecks.Contradicted,
                            certificates.Count == 0 ? "残联无该成员的残疾人证记录" : "该成员的残疾人证已过期或已注销", [HouseholdMetricSources.Disability])
                        : new DeclarationCheck(member.Position, $"残疾等级{Grade(declared)}",
                            grade <= declared ? DeclarationChecks.Confirmed : DeclarationChecks.Contradicted,
                            $"残联记录：{Grade(grade)}残疾人证，有效期至{valid.Where(c => c.Grade == grade).Max(c => c.ValidUntil):yyyy-MM-dd}",
                            [HouseholdMetricSources.Disability]));
            if (member.SeriousIllness)
                checks.Add(new DeclarationCheck(member.Position, Illness, DeclarationChecks.Unverifiable,
                    "没有部门提供诊断记录：须由经办机构核验病历", []));
        }
        Checks = checks;
    }

    /// <summary>The grade the policy takes: recorded when the federation answered, declared when it did not.</summary>
    public int? GradeOf(int position) => grades.GetValueOrDefault(position);

    public bool SeverelyDisabled(int position) => GradeOf(position) is { } grade && grade <= (int)ability.SevereDisabilityMaxGrade.Value;

    public bool IsMinor(MemberFacts member) => member.AgeOn(household.Today) < (int)ability.MinorUnder.Value;

    public bool IsElderly(MemberFacts member) => member.AgeOn(household.Today) >= (int)ability.WorkingUntil.Value;

    /// <summary>Of working age, not severely disabled and not declared seriously ill (有劳动能力).</summary>
    public bool AbleToWork(MemberFacts member) =>
        !IsMinor(member) && !IsElderly(member) && !SeverelyDisabled(member.Position) && !member.SeriousIllness;

    /// <summary>The checks of this member's declarations that are not confirmed.</summary>
    public IEnumerable<DeclarationCheck> Doubts(int position) =>
        Checks.Where(c => c.Position == position && c.Check != DeclarationChecks.Confirmed);

    /// <summary>Severely disabled on a record, or on a declaration the records do not contradict only because they are missing.</summary>
    public bool SeverelyDisabledOnRecord(int position) =>
        SeverelyDisabled(position) && !Doubts(position).Any(c => c.Declared != Illness);

    public static string Grade(int grade) => grade switch
    {
        1 => "一级", 2 => "二级", 3 => "三级", 4 => "四级",
        _ => grade.ToString(CultureInfo.InvariantCulture) + "级",
    };
}
