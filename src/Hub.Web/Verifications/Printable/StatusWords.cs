using Hub.Contracts.Api;
using Hub.Contracts.Messages;

namespace Hub.Web.Verifications.Printable;

/// <summary>
/// The words of what happened: the verification's and each source's status, each rule's outcome, each declaration's
/// check, the conclusion.
/// </summary>
internal static class StatusWords
{
    public static readonly Vocabulary Verifications = new(new Dictionary<string, string>
    {
        ["completed"] = "已完成", ["partial"] = "部分完成（有部门未反馈）", ["cancelled"] = "已撤销",
    });

    public static readonly Vocabulary Sources = new(new Dictionary<string, string>
    {
        ["answered"] = "已反馈", ["unavailable"] = "未反馈", ["pending"] = "等待反馈",
    });

    /// <summary>Why a source did not answer; the hub's own faults read as such, never as the department's.</summary>
    public static readonly Vocabulary Reasons = new(new Dictionary<string, string>
    {
        [ReasonCodes.HubError] = "核对平台自身故障（非部门原因）", [ReasonCodes.DeadlinePassed] = "核对时限已过，未能查询",
        [ReasonCodes.DepartmentTimeout] = "部门未在时限内答复", [ReasonCodes.BreakerOpen] = "部门连续故障，暂停查询",
        [ReasonCodes.DepartmentError] = "部门返回错误", [ReasonCodes.DepartmentUnreachable] = "无法连接部门",
        [ReasonCodes.AnswerUnreadable] = "部门答复无法识别",
    });

    public static readonly Vocabulary Outcomes = new(new Dictionary<string, string>
    {
        [FindingOutcomes.Pass] = "符合", [FindingOutcomes.Fail] = "不符合", [FindingOutcomes.NotEvaluated] = "未能核对",
        [FindingOutcomes.NeedsReview] = "需人工核实",
    });

    public static readonly Vocabulary Declarations = new(new Dictionary<string, string>
    {
        [DeclarationChecks.Confirmed] = "与记录相符", [DeclarationChecks.Unverifiable] = "无法核对，须人工核实",
        [DeclarationChecks.Contradicted] = "与记录不符",
    });

    public static readonly Vocabulary Conclusions = new(new Dictionary<string, string>
    {
        [Contracts.Api.Conclusions.MeetsCriteria] = "符合条件", [Contracts.Api.Conclusions.ExceedsCriteria] = "超出条件",
        [Contracts.Api.Conclusions.NeedsReview] = "需人工复核", [Contracts.Api.Conclusions.Graduating] = "收入超过标准，给予渐退期",
    });
}
