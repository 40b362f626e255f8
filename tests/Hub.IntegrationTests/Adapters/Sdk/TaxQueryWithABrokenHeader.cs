using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.IntegrationTests.Adapters.Sdk;

/// <summary>A tax query whose adapter puts raw Chinese text in a header, as a careless adapter could: a request HTTP cannot carry.</summary>
public sealed class TaxQueryWithABrokenHeader : ISourceAdapter
{
    public static string SourceCode => "tax";

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "income/query") { Content = new StringContent("{}") }.MarkSafeToRetry();
        request.Headers.TryAddWithoutValidation("X-Jurisdiction-Name", "菏泽市");
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command) => new();
}
