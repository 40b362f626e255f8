using Hub.Contracts.Api;
using Hub.Testing;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Sample submissions: a valid household that tests then spoil one rule at a time.</summary>
public static class Households
{
    public static SubmitVerificationRequest Family(string jurisdiction = "371700")
    {
        var applicant = TestIds.Adult();
        var spouse = TestIds.Adult();
        var child = TestIds.Child();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new SubmitVerificationRequest
        {
            CaseRef = "T-" + Guid.NewGuid().ToString("N")[..10],
            Jurisdiction = jurisdiction,
            AssistanceType = "minimum_living",
            Residence = "urban",
            Members =
            [
                new MemberRequest { Name = "张三", IdNumber = applicant, Relation = "applicant" },
                new MemberRequest { Name = "李四", IdNumber = spouse, Relation = "spouse" },
                new MemberRequest { Name = "张小三", IdNumber = child, Relation = "child" },
            ],
            Consent = new ConsentRequest
            {
                Reference = "SQ-" + Guid.NewGuid().ToString("N")[..8],
                SignedOn = today.AddDays(-10),
                ValidUntil = today.AddYears(1),
                SignedBy = [applicant, spouse],
            },
        };
    }

    /// <summary>A family whose names (two with a character outside the Basic Multilingual Plane) appear in no other test.</summary>
    public static SubmitVerificationRequest RareNames()
    {
        var household = Family();
        string[] names = ["𠮷田明", "欧阳娜娜", "张小𠮷"];
        return household with { Members = household.Members!.Select((m, i) => m with { Name = names[i] }).ToList() };
    }
}
