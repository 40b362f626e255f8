using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.MarketRegistration;

public sealed class MarketRegistrationAdapter : IDepartmentAdapter
{
    public static string SourceCode => "market_registration";

    public Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public CanonicalRecords Map(byte[] answer, CheckSource command) => throw new NotImplementedException();
}
