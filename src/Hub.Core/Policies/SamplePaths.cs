using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Core.Policies;

/// <summary>
/// How the report names a pack's sample value (<see cref="Contracts.Api.PolicyApplied.SampleParameters"/>): its JSON path
/// in the pack, with an item of a list addressed by its key instead of its place (an RFC 9535 filter), e.g.
/// <c>$.rules[?@.id=='vehicles'].limit</c>. The report's findings are not the pack's rules one for one, and it carries
/// no list of the pack's deductions or exemptions, so a place alone would not say which one is meant.
/// </summary>
internal static partial class SamplePaths
{
    public static string Keyed(PolicyPack pack, string path)
    {
        var match = Indexed().Match(path);
        if (!match.Success) return path;
        var list = match.Groups["list"].Value;
        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var (key, value) = list switch
        {
            "rules" => ("id", pack.Rules[index].Id),
            "deductions" => ("kind", pack.Deductions![index].Kind),
            "vehicleExemptions" => ("label", pack.VehicleExemptions[index].Label),
            "temporaryCaps" => ("kind", pack.TemporaryCaps![index].Kind),
            _ => throw new InvalidOperationException($"The pack's list {list} has no key."),
        };
        return $"$.{list}[?@.{key}=='{value.Replace(@"\", @"\\").Replace("'", @"\'")}']{match.Groups["rest"].Value}";
    }

    [GeneratedRegex(@"^\$\.(?<list>\w+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex Indexed();
}
