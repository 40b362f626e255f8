namespace Hub.Contracts.Api;

/// <summary>One declaration the request made about a member (disability grade, serious illness), checked against the records.</summary>
/// <param name="Declared">What was declared, in Chinese, e.g. 残疾等级二级.</param>
/// <param name="Check">One of <see cref="DeclarationChecks"/>.</param>
/// <param name="Detail">What the records say, in Chinese.</param>
/// <param name="Sources">The sources the check rests on (empty when none can).</param>
public sealed record DeclarationCheck(int Position, string Declared, string Check, string Detail, IReadOnlyList<string> Sources);
