using System.Net;
using System.Text.Json;
using Hub.Contracts.Api;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>One case per validation rule: each gets a problem response naming the field, and stores nothing.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_input_is_invalid(ProductionStack stack)
{
    [Theory]
    [InlineData("id-checksum", "members[0].idNumber")]
    [InlineData("id-birth-date", "members[0].idNumber")]
    [InlineData("id-lower-case-x", "members[0].idNumber")]
    [InlineData("duplicate-member", "members[1].idNumber")]
    [InlineData("no-applicant", "members")]
    [InlineData("two-applicants", "members")]
    [InlineData("no-members", "members")]
    [InlineData("too-many-members", "members")]
    [InlineData("missing-name", "members[1].name")]
    [InlineData("unknown-relation", "members[2].relation")]
    [InlineData("adult-did-not-sign", "consent.signedBy")]
    [InlineData("signer-not-member", "consent.signedBy")]
    [InlineData("consent-expired", "consent.validUntil")]
    [InlineData("consent-signed-in-future", "consent.signedOn")]
    [InlineData("no-consent", "consent")]
    [InlineData("no-consent-reference", "consent.reference")]
    [InlineData("unknown-jurisdiction", "jurisdiction")]
    [InlineData("unknown-assistance-type", "assistanceType")]
    [InlineData("unknown-residence", "residence")]
    [InlineData("missing-case-ref", "caseRef")]
    [InlineData("unknown-source", "sources[0]")]
    [InlineData("bad-callback-url", "callbackUrl")]
    [InlineData("disability-grade-five", "members[0].disabilityGrade")]
    [InlineData("unknown-employment", "members[1].employment")]
    [InlineData("recipient-since-in-future", "recipientSince")]
    [InlineData("negative-expense", "expenses.medicalCny")]
    [InlineData("expense-in-fractions-of-a-fen", "expenses.educationCny")]
    [InlineData("expenditure-hardship-in-heze", "assistanceType")]
    public async Task A_broken_rule_is_named_and_nothing_is_stored(string rule, string field)
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();

        using var response = await client.SubmitAsync(Spoil(Households.Family(), rule));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for {field}: {problem}");
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_missing_idempotency_key_is_refused()
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();
        using var response = await client.SubmitRawAsync(JsonSerializer.Serialize(Households.Family()), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_body_over_256_KB_is_refused()
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();
        var body = JsonSerializer.Serialize(Households.Family() with { CaseRef = new string('A', 300 * 1024) });
        using var response = await client.SubmitRawAsync(body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await ProblemAsync(response);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_refused()
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();
        using var response = await client.SubmitRawAsync("{\"caseRef\": \"X\", \"members\": [", Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
        Assert.Equal(before, await CountRowsAsync());
    }

    private static SubmitVerificationRequest Spoil(SubmitVerificationRequest valid, string rule)
    {
        var members = valid.Members!.ToList();
        var consent = valid.Consent!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return rule switch
        {
            "id-checksum" => valid with { Members = Replace(members, 0, m => m with { IdNumber = WrongCheck(m.IdNumber!) }) },
            "id-birth-date" => valid with { Members = Replace(members, 0, m => m with { IdNumber = TestIds.Make(today.AddYears(1)) }) },
            "id-lower-case-x" => valid with { Members = Replace(members, 0, m => m with { IdNumber = LowerCaseX() }) },
            "duplicate-member" => valid with { Members = Replace(members, 1, m => m with { IdNumber = members[0].IdNumber }) },
            "no-applicant" => valid with { Members = Replace(members, 0, m => m with { Relation = "spouse" }) },
            "two-applicants" => valid with { Members = Replace(members, 1, m => m with { Relation = "applicant" }) },
            "no-members" => valid with { Members = [] },
            "too-many-members" => valid with
            {
                Members = [.. members, .. Enumerable.Range(0, 28).Select(_ => new MemberRequest { Name = "子女", IdNumber = TestIds.Child(), Relation = "child" })],
            },
            "missing-name" => valid with { Members = Replace(members, 1, m => m with { Name = " " }) },
            "unknown-relation" => valid with { Members = Replace(members, 2, m => m with { Relation = "cousin" }) },
            "adult-did-not-sign" => valid with { Consent = consent with { SignedBy = [members[0].IdNumber!] } },
            "signer-not-member" => valid with { Consent = consent with { SignedBy = [.. consent.SignedBy!, TestIds.Adult()] } },
            "consent-expired" => valid with { Consent = consent with { SignedOn = today.AddYears(-2), ValidUntil = today.AddDays(-2) } },
            "consent-signed-in-future" => valid with { Consent = consent with { SignedOn = today.AddDays(3) } },
            "no-consent" => valid with { Consent = null },
            "no-consent-reference" => valid with { Consent = consent with { Reference = "" } },
            "unknown-jurisdiction" => valid with { Jurisdiction = "110000" },
            "unknown-assistance-type" => valid with { AssistanceType = "housing" },
            "unknown-residence" => valid with { Residence = "suburban" },
            "missing-case-ref" => valid with { CaseRef = null },
            "unknown-source" => valid with { Sources = ["lottery"] },
            "bad-callback-url" => valid with { CallbackUrl = "ftp://example.org/hook" },
            "disability-grade-five" => valid with { Members = Replace(members, 0, m => m with { DisabilityGrade = 5 }) },
            "unknown-employment" => valid with { Members = Replace(members, 1, m => m with { Employment = "astronaut" }) },
            "recipient-since-in-future" => valid with { RecipientSince = today.AddDays(40) },
            "negative-expense" => valid with { Expenses = new ExpensesRequest { MedicalCny = -1m } },
            "expense-in-fractions-of-a-fen" => valid with { Expenses = new ExpensesRequest { EducationCny = 12.345m } },
            "expenditure-hardship-in-heze" => valid with { Jurisdiction = "371700", AssistanceType = "expenditure_hardship" },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static List<MemberRequest> Replace(List<MemberRequest> members, int index, Func<MemberRequest, MemberRequest> change) =>
        members.Select((m, i) => i == index ? change(m) : m).ToList();

    private static string WrongCheck(string idNumber) => idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');

    private static string LowerCaseX()
    {
        for (var serial = 0; ; serial++)
            if (TestIds.Make(new DateOnly(1980, 5, 5), serial: serial) is var id && id.EndsWith('X')) return id[..17] + "x";
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private async Task<(int, int)> CountRowsAsync()
    {
        await using var db = stack.Database();
        return (await db.Verifications.CountAsync(), await db.Outbox.CountAsync());
    }
}
