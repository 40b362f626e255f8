using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.RealEstate;

public sealed class RealEstateAdapter : IDepartmentAdapter
{
    public static string SourceCode => "real_estate";

    public Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public CanonicalRecords Map(byte[] answer, CheckSource command) => throw new NotImplementedException();
}
