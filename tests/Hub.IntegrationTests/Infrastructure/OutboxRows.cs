using Hub.Contracts.Messages;
using Hub.Core.Outbox;
using Hub.Core.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Finds outbox rows by the verification their encrypted command is for, decrypting as the relay does.</summary>
public static class OutboxRows
{
    public static async Task<List<OutboxMessage>> ForAsync(ProductionStack stack, Guid verificationId)
    {
        var data = stack.Api.Services.GetRequiredService<PersonalData>();
        await using var db = stack.Database();
        var found = new List<OutboxMessage>();
        foreach (var row in await db.Outbox.AsNoTracking().Where(o => o.MessageType == nameof(CheckSource)).ToListAsync())
            if ((await data.DecryptAsync(row.EncryptedBody, DataPurpose.OutboxBody(row.Id), CancellationToken.None)).Contains(verificationId.ToString()))
                found.Add(row);
        return found;
    }
}
