using Hub.Contracts.Identity;
using Hub.Contracts.Messages;
using Hub.Contracts.Text;

namespace Hub.Adapters.Sdk;

/// <summary>
/// The caller text and ID numbers a command carries, checked by the rules the API applied when it accepted
/// them. A command that breaks them — an old message, or one a bug produced — cannot become a valid request
/// to any department: that is the hub's fault, found before the department's pipeline is entered.
/// </summary>
public static class CommandText
{
    /// <summary>What is wrong, naming the field and never its value; null when the command can be sent.</summary>
    public static string? Problem(CheckSource command)
    {
        if (!TextInput.Check(command.CaseRef, TextRule.CaseRef).IsValid) return Refused("case reference is not acceptable text");
        if (command.UserId is not null && !TextInput.Check(command.UserId, TextRule.UserId).IsValid)
            return Refused("caseworker id is not acceptable text");
        foreach (var member in command.Members)
        {
            if (!TextInput.Check(member.Name, TextRule.PersonName).IsValid) return Refused($"name of member {member.Position} is not acceptable text");
            // The form only: whether a birth date lies in the future was settled at submit, on the API's clock.
            if (IdNumber.Problem(member.IdNumber, DateOnly.MaxValue) is not null) return Refused($"ID number of member {member.Position} is not valid");
        }
        return null;
    }

    private static string Refused(string what) => "the hub cannot send this command: its " + what;
}
