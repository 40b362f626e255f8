using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.RealEstate;

/// <summary>
/// Asks the real-estate registry (不动产登记中心) which properties are registered to each member, in one
/// batch. The registry speaks XML: the request lists the persons, the answer lists each person's
/// properties with certificate number, location, use, area, form of ownership and share.
/// </summary>
public sealed class RealEstateAdapter : ISourceAdapter
{
    public static string SourceCode => "real_estate";

    /// <summary>The registry's code for a successful query.</summary>
    public const string SuccessCode = "0000";
    /// <summary>单独所有: sole ownership; a missing share means the whole property.</summary>
    public const string SoleOwnership = "单独所有";
    /// <summary>共同共有: joint ownership (a married couple's home); registries leave the share out, as the owners hold it undivided.</summary>
    public const string JointOwnership = "共同共有";

    // Registries still answer in GBK/GB18030 as often as in UTF-8; XmlReader honours the declaration once the code pages are known.
    static RealEstateAdapter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var query = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("request",
                new XElement("persons", command.Members.Select(m =>
                    new XElement("person", new XAttribute("xm", m.Name), new XAttribute("zjhm", m.IdNumber))))));
        var content = new ByteArrayContent(ToUtf8(query));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "property/query") { Content = content }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(answer), ReaderSettings);
            root = XDocument.Load(reader).Root ?? throw new UnreadableAnswerException("not valid XML");
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException)
        {
            // ArgumentException: an encoding name nobody knows.
            throw new UnreadableAnswerException("not valid XML");
        }
        if (root.Name != "response")
            throw new UnreadableAnswerException($"the root element is <{root.Name}>, not <response>");
        var code = root.Element("code")?.Value.Trim();
        if (code != SuccessCode)
            throw new UnreadableAnswerException($"the registry reported code {code ?? "(none)"}");

        var roster = new AnswerRoster(command);
        var held = new List<(int Position, XElement Property)>();
        foreach (var person in root.Element("persons")?.Elements("person") ?? [])
        {
            var position = roster.PositionOf(person.Attribute("zjhm")?.Value.Trim());
            held.AddRange(person.Elements("property").Select(property => (position, property)));
        }
        roster.EnsureEveryoneAnswered();
        // Joint owners hold a joint home undivided: the hub counts equal shares among those who are household members.
        var jointOwners = held.Where(h => IsJointWithoutShare(h.Property))
            .GroupBy(h => Required(h.Property, "bdcqzh"))
            .ToDictionary(g => g.Key, g => g.Select(h => h.Position).Distinct().Count());
        return new CanonicalRecords { Properties = held.Select(h => ToRecord(h.Position, h.Property, jointOwners)).ToList() };
    }

    private static bool IsJointWithoutShare(XElement property) =>
        property.Element("gyfs")?.Value.Trim() == JointOwnership && string.IsNullOrEmpty(property.Element("fe")?.Value.Trim());

    private static PropertyRecord ToRecord(int position, XElement property, Dictionary<string, int> jointOwners)
    {
        var certificate = Required(property, "bdcqzh");
        if (certificate.Length == 0) throw new UnreadableAnswerException("a property has no certificate number");
        var address = Required(property, "zl");
        var use = PropertyUseCodes.UseOf(Required(property, "yt"));
        if (!decimal.TryParse(Required(property, "jzmj"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area) || area <= 0)
            throw new UnreadableAnswerException("a building area is not a positive number");
        var (share, basis) = IsJointWithoutShare(property)
            ? (Math.Round(1m / jointOwners[certificate], 4), PropertyShareBases.JointEqual)
            : Share(Required(property, "gyfs"), property.Element("fe")?.Value.Trim());
        if (!DateOnly.TryParseExact(Required(property, "djsj"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var registered))
            throw new UnreadableAnswerException("a registration date is not yyyy-MM-dd");
        return new PropertyRecord(position, certificate, address, use, area, share, basis, registered);
    }

    /// <summary>The member's share: <c>fe</c> as a fraction ("0.5") or a percentage ("50%"); 1 when a sole owner's share is left out.
    /// Shares in common (按份共有) without a share cannot be read.</summary>
    private static (decimal Share, string Basis) Share(string ownership, string? share)
    {
        if (string.IsNullOrEmpty(share))
            return ownership == SoleOwnership ? (1m, PropertyShareBases.Sole) : throw new UnreadableAnswerException($"a property held as {ownership} has no share");
        var percent = share.EndsWith('%');
        if (!decimal.TryParse(percent ? share[..^1] : share, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new UnreadableAnswerException("a share is not a number");
        if (percent) value /= 100m;
        if (value is <= 0m or > 1m) throw new UnreadableAnswerException("a share is not between 0 and 1");
        return (value, PropertyShareBases.Registered);
    }

    private static string Required(XElement property, string name) =>
        property.Element(name)?.Value.Trim() ?? throw new UnreadableAnswerException($"a property has no <{name}>");

    private static byte[] ToUtf8(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            document.Save(writer);
        return buffer.ToArray();
    }
}
