namespace Hub.Simulators.MarketRegistration;

/// <summary>Enterprise names as registries print them: region, trade name (字号), line of business, legal form.</summary>
public static class EnterpriseNames
{
    /// <summary>Registering offices in the jurisdictions the hub ships policies for.</summary>
    private static readonly (string Code, string City, string District)[] Offices =
    [
        ("371702", "菏泽市", "牡丹区"), ("371102", "日照市", "东港区"), ("410423", "平顶山市", "鲁山县"),
        ("510107", "成都市", "武侯区"), ("370321", "淄博市", "桓台县"),
    ];

    private static readonly string[] TradeNames = ["鑫源", "恒泰", "宏达", "福顺", "永盛", "金穗", "德润", "瑞丰"];
    private static readonly string[] CompanyLines = ["商贸", "建材", "农业科技", "物流", "餐饮管理", "纺织"];
    private static readonly string[] ShopLines = ["便利店", "小吃部", "五金门市部", "理发店", "农资经营部", "水果店"];

    /// <summary>A limited company, e.g. 菏泽市牡丹区恒泰建材有限公司, and the region code of its registering office.</summary>
    public static (string Name, string Region) Company(PersonSeed seed)
    {
        var office = Offices[seed.Next(Offices.Length)];
        return (office.City + office.District + TradeNames[seed.Next(TradeNames.Length)] + CompanyLines[seed.Next(CompanyLines.Length)] + "有限公司", office.Code);
    }

    /// <summary>An individual business, e.g. 鲁山县福顺便利店, and the region code of its registering office.</summary>
    public static (string Name, string Region) Shop(PersonSeed seed)
    {
        var office = Offices[seed.Next(Offices.Length)];
        return (office.District + TradeNames[seed.Next(TradeNames.Length)] + ShopLines[seed.Next(ShopLines.Length)], office.Code);
    }
}
