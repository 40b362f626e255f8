using Hub.Simulators.Scenarios;

namespace Hub.Simulators.Disability;

/// <summary>
/// The synthetic disability register of one person. In the severe-disability household the second member holds
/// a certificate for 智力残疾一级; the owner of the disability vehicle one for 肢体残疾三级; nobody else named has
/// one. Of other people about one in sixteen holds a certificate of a category and grade drawn from their ID number.
/// </summary>
public static class DisabilityData
{
    public const string Valid = "有效";
    public const string Expired = "过期";
    public const string Cancelled = "注销";

    public const int Physical = 4;
    public const int Intellectual = 5;

    /// <summary>Certificates are issued for ten years.</summary>
    private const int ValidYears = 10;
    private static readonly DateOnly FirstIssue = new(2008, 1, 1);
    private static readonly DateOnly LastIssue = new(2025, 12, 31);

    public static IReadOnlyList<DisabilityCertificate> For(string idNumber, DateOnly today)
    {
        var seed = new PersonSeed(idNumber, "disability");
        switch (ScenarioBook.Of(idNumber))
        {
            case Scenario.SevereDisability when idNumber == ScenarioBook.Households[Scenario.SevereDisability][1]:
                return [Certificate(idNumber, Intellectual, 1, new DateOnly(2021, 4, 10), today, cancelled: false)];
            case Scenario.DisabilityVehicle:
                return [Certificate(idNumber, Physical, 3, new DateOnly(2019, 7, 22), today, cancelled: false)];
            case Scenario.None:
                break;
            default:
                return [];
        }

        if (seed.Next(16) != 0 || Place.BirthDate(idNumber) is not { } born) return [];
        var from = born > FirstIssue ? born : FirstIssue;
        if (from > LastIssue) return [];
        // 肢体 is by far the most common category, 多重 the rarest.
        int[] categories = [4, 4, 4, 4, 1, 2, 2, 3, 5, 6, 6, 7];
        var category = categories[seed.Next(categories.Length)];
        var issued = from.AddDays(seed.Next(LastIssue.DayNumber - from.DayNumber + 1));
        return [Certificate(idNumber, category, 1 + seed.Next(4), issued, today, cancelled: seed.Next(10) == 0)];
    }

    private static DisabilityCertificate Certificate(string idNumber, int category, int grade, DateOnly issued, DateOnly today, bool cancelled)
    {
        var until = issued.AddYears(ValidYears).AddDays(-1);
        var status = cancelled ? Cancelled : until < today ? Expired : Valid;
        return new(idNumber + category + grade, category, grade, issued, until, status);
    }
}
