using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.IntegrationTests.Adapters.Sdk;

/// <summary>A tax query sent as a POST nobody declared safe to repeat, as a submit-style call would be.</summary>
public sealed class UnsafeTaxQuery : ISourceAdapter
{
    public static string SourceCode => "tax";

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken) =>
        (await department.SendAsync(new HttpRequestMessage(HttpMethod.Post, "income/query") { Content = new StringContent("{}") },
            cancellationToken)).Body;

    public CanonicalRecords Map(byte[] answer, CheckSource command) => new();
}
