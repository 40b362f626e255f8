namespace Hub.Web.Verifications.Printable;

/// <summary>
/// Each source by the data item it holds, in the words of the policy documents' list
/// (纳税记录、不动产登记、市场主体登记、户籍、社会保险、住房公积金、车船登记，以及银行…).
/// </summary>
internal static class SourceWords
{
    public static readonly Vocabulary Names = new(new Dictionary<string, string>
    {
        ["tax"] = "纳税记录", ["real_estate"] = "不动产登记", ["vehicle"] = "车船登记", ["housing_fund"] = "住房公积金",
        ["bank"] = "银行", ["market_registration"] = "市场主体登记",
        ["social_insurance"] = "社会保险", ["household_registration"] = "户籍", ["disability"] = "残疾人证",
    });
}
