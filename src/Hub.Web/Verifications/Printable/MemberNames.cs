using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable;

/// <summary>Records name members by position; the page names them as the household was submitted.</summary>
internal sealed class MemberNames(IReadOnlyList<ReportMember> members)
{
    public string this[int position] => members.FirstOrDefault(m => m.Position == position)?.Name ?? $"成员{position + 1}";
}
