using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.HousingFund;

public sealed class HousingFundAdapter : IDepartmentAdapter
{
    public static string SourceCode => "housing_fund";

    public Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public CanonicalRecords Map(byte[] answer, CheckSource command) => throw new NotImplementedException();
}
