using System.Security.Cryptography;
using System.Text;
using Hub.Core.Protection;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>The blind index: the same ID number gives the same keyed hash in every verification, and only the hub can compute it.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_members_are_looked_up_by_id_number(ProductionStack stack)
{
    [Fact]
    public async Task Both_verifications_of_a_person_are_found_by_the_keyed_hash()
    {
        using var client = stack.Client();
        var first = Households.Family();
        var applicant = first.Members![0].IdNumber!;
        var second = Households.Family() with { Members = [first.Members[0], .. Households.Family().Members!.Skip(1)] };
        second = second with { Consent = second.Consent! with { SignedBy = [applicant, second.Members![1].IdNumber!] } };
        var ids = new[] { await client.SubmitAcceptedAsync(first), await client.SubmitAcceptedAsync(second) };
        var index = stack.Api.Services.GetRequiredService<PersonalData>().IdNumberIndex(applicant);

        await using var db = stack.Database();
        var found = await db.Verifications.Where(v => v.Members.Any(m => m.IdNumberIndex == index)).Select(v => v.Id).ToListAsync();

        Assert.Equal(ids.Order(), found.Order());
        Assert.Matches("^[0-9a-f]{64}$", index);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(applicant))), index);
    }
}
