using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Hub.Simulators.RealEstate;

/// <summary>
/// The real-estate registry (不动产登记中心): a batch property query in XML, as registries answer. The request
/// lists the persons (<c>&lt;request&gt;&lt;persons&gt;&lt;person xm="…" zjhm="…"/&gt;…</c>); the answer has a
/// result code (<c>0000</c> = success) and each person's properties. It does not demand signed requests.
/// </summary>
public static class RealEstateSimulator
{
    public const string SuccessCode = "0000";
    public const string BadRequestCode = "1001";

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static RouteGroupBuilder MapRealEstateSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/property/query", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (Persons(buffer.ToArray()) is not { Count: > 0 } idNumbers)
                return Xml(new XElement("response", new XElement("code", BadRequestCode), new XElement("message", "请求报文格式错误")));

            return Xml(new XElement("response",
                new XElement("code", SuccessCode),
                new XElement("message", "查询成功"),
                new XElement("persons", idNumbers.Select(id => new XElement("person", new XAttribute("zjhm", id),
                    PropertyData.For(id).Select(p => new XElement("property",
                        new XElement("bdcqzh", p.CertificateNumber),
                        new XElement("zl", p.Location),
                        new XElement("yt", p.Use),
                        new XElement("jzmj", p.AreaSqm.ToString("0.00", CultureInfo.InvariantCulture)),
                        new XElement("gyfs", p.Ownership),
                        p.Share is null ? null : new XElement("fe", p.Share),
                        new XElement("djsj", p.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))))))));
        });
        return group;
    }

    /// <summary>The ID numbers the request asks about, or null when it is not the registry's request format.</summary>
    private static List<string>? Persons(byte[] body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), ReaderSettings);
            var root = XDocument.Load(reader).Root;
            if (root?.Name != "request") return null;
            var ids = root.Element("persons")?.Elements("person").Select(p => p.Attribute("zjhm")?.Value ?? "").ToList();
            return ids is null || ids.Any(string.IsNullOrWhiteSpace) ? null : ids;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static IResult Xml(XElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
