using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Contracts.Identity;

namespace Hub.Adapters.Bank;

/// <summary>
/// Asks the provincial bank-query platform about each member's accounts, wealth products and large outflows.
/// The platform answers asynchronously: a submission returns a ticket, and the ticket is polled until every bank has answered.
/// </summary>
public sealed class BankAdapter(TimeProvider time) : ISourceAdapter
{
    public static string SourceCode => "bank";

    /// <summary>Pause between polls; the platform typically needs a few hundred milliseconds to hear from the banks.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(150);
    public const int MonthsLookedBack = 6;
    public const decimal LargeOutflowThreshold = 50_000m;
    private const string ResidentIdCard = "01";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        // The caller's budget (the department's Timeout, or less before the deadline) bounds the whole wait for the banks.
        var ticket = await SubmitAsync(department, command, cancellationToken);
        return await PollAsync(department, ticket, cancellationToken);
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command) => BankAnswerReader.Read(answer, command);

    private async Task<string> SubmitAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var inquiry = new BankInquiry(
            ResidentIdCard,
            command.Members.Select(m => new BankInquirySubject(m.IdNumber, m.Name)).ToList(),
            today.AddMonths(-MonthsLookedBack).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            today.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            LargeOutflowThreshold.ToString("0.00", CultureInfo.InvariantCulture));
        // Not marked safe to retry: each submission starts an inquiry at every bank, so a blind repeat would ask them twice.
        var request = new HttpRequestMessage(HttpMethod.Post, "inquiries") { Content = JsonContent.Create(inquiry, options: Json) };
        var submitted = await department.SendAsync(request, cancellationToken);
        if (submitted.Status != HttpStatusCode.Accepted)
            throw new UnreadableAnswerException($"the platform answered the submission with HTTP {(int)submitted.Status}, not 202");
        return Ticket(submitted.Body);
    }

    private async Task<byte[]> PollAsync(DepartmentClient department, string ticket, CancellationToken cancellationToken)
    {
        DepartmentResponse answer;
        do
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            answer = await department.SendAsync(new HttpRequestMessage(HttpMethod.Get, "inquiries/" + Uri.EscapeDataString(ticket)), cancellationToken);
        }
        while (answer.Status == HttpStatusCode.Accepted);
        if (answer.Status != HttpStatusCode.OK)
            throw new UnreadableAnswerException($"the platform answered a poll with HTTP {(int)answer.Status}");
        return answer.Body;
    }

    private static string Ticket(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<BankTicket>(body, Json)?.Ticket is { Length: > 0 } ticket
                ? ticket
                : throw new UnreadableAnswerException("the submission was accepted without a ticket");
        }
        catch (JsonException)
        {
            throw new UnreadableAnswerException("the submission's answer is not valid JSON");
        }
    }
}
