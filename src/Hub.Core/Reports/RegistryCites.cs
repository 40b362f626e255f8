namespace Hub.Core.Reports;

/// <summary>
/// Where each jurisdiction's policy document puts household registration (户籍) or the public-security bureau (公安)
/// among the data a 家庭经济状况核对 draws on, quoted. 桓台's document names the economic data only, so it has none.
/// </summary>
internal static class RegistryCites
{
    public static readonly IReadOnlyDictionary<string, string> ByJurisdiction = new Dictionary<string, string>
    {
        ["371700"] = "二（三）2：教育、公安、财政、人社、自然资源和规划、住建、交通运输、农业农村、卫生健康、市场监管、税务等部门和金融管理机构，"
            + "应及时向社会救助家庭经济状况核对机构提供相关核对信息的查询服务或协调建立查询工作机制",
        ["371100"] = "二（三）2：实现教育、公安、财政、人力资源社会保障、自然资源和规划、住房城乡建设、交通运输、农业农村、卫生健康、市场监管、"
            + "税务等部门和有关金融管理机构的信息共享",
        ["410423"] = "二（六）20：民政部门可以通过相关部门和机构依法依规查询社会救助家庭及其家庭相关成员的户籍、纳税记录、社会保险缴纳、不动产登记、"
            + "市场主体登记、住房公积金缴纳、车船登记，以及银行、商业保险、证券、互联网金融资产等信息",
        ["510000"] = "二（五）17：健全社会救助家庭经济状况核对机制，民政部门依法依规查询社会救助家庭及其成员纳税记录、不动产登记、市场主体登记、户籍、"
            + "社会保险、住房公积金、车船登记，以及银行、商业保险、证券、互联网金融资产等信息",
    };
}
