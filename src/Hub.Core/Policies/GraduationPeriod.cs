using Hub.Contracts.Api;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// The 渐退期 (日照 二（一）6, 鲁山 二（三）10, 四川 二（二）5): in a recheck of a current recipient, a member who works and
/// a per-capita income that has risen to the standard or above, within the pack's band, keep the benefit for the pack's
/// months instead of ending it at once.
/// </summary>
internal static class GraduationPeriod
{
    public static GraduationDecision? Decide(PolicyPack pack, HouseholdCase household, IncomeComputation income, PolicyParameter standard)
    {
        if (pack.Graduation is not { } band || household.RecipientSince is not { } since || income.NetMonthlyPerCapitaCny is not { } perCapita)
            return null;
        var working = household.Members.Where(m => Employments.IsWorking(m.Employment)).ToList();
        if (working.Count == 0) return null;

        var lower = Money(standard.Value * band.LowerMultiple.Value);
        decimal? upper = band.UpperMultiple is { } u ? Money(standard.Value * u.Value) : null;
        if (perCapita < lower || perCapita > upper) return null;

        var reason = $"在保对象（自{since:yyyy-MM-dd}起），{Members(working.Select(m => m.Position))}已就业；家庭月人均收入{Number(perCapita)}元，"
            + $"达到低保标准{Number(lower)}元" + (upper is { } top ? $"，未超过{Number(top)}元（{Number(band.UpperMultiple!.Value)}倍）" : "");
        return new GraduationDecision((int?)band.MinMonths?.Value, (int?)band.MaxMonths?.Value, reason,
            band.MaxMonths?.Cite ?? band.UpperMultiple?.Cite ?? band.LowerMultiple.Cite, band.MinMonths?.Sample == true || band.MaxMonths?.Sample == true);
    }
}
