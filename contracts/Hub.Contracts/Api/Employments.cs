namespace Hub.Contracts.Api;

/// <summary>A member's work as the household declares it (<see cref="MemberRequest.Employment"/>).</summary>
public static class Employments
{
    /// <summary>In employment (已就业).</summary>
    public const string Employed = "employed";
    /// <summary>Flexible employment (灵活就业).</summary>
    public const string Flexible = "flexible";
    /// <summary>Self-employed or running a business (自谋职业、自主创业).</summary>
    public const string SelfEmployed = "self_employed";
    /// <summary>Without work.</summary>
    public const string None = "none";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Employed, Flexible, SelfEmployed, None };

    /// <summary>The kinds of work the seeds' 就业成本 and 渐退期 provisions speak of (已就业, 灵活就业, 自谋职业, 自主创业).</summary>
    public static bool IsWorking(string? employment) => employment is Employed or Flexible or SelfEmployed;
}
