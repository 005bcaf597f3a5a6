using Microsoft.AspNetCore.Identity;

namespace Samverkan.Host.Security.Accounts;

/// <summary>Identity's refusals of a new account in Swedish: the administration page shows them as they are, and the API names the field.</summary>
internal sealed class SwedishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Lösenordet måste ha minst {length} tecken.");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Lösenordet måste ha minst ett tecken som inte är en bokstav eller siffra.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Lösenordet måste ha minst en siffra (0–9).");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Lösenordet måste ha minst en liten bokstav (a–z).");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Lösenordet måste ha minst en stor bokstav (A–Z).");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Lösenordet måste ha minst {uniqueChars} olika tecken.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"”{email}” är inte en giltig e-postadress.");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"”{userName}” kan inte vara ett användarnamn: det får bara innehålla bokstäver a–z, siffror och -._@+.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Det finns redan ett konto med e-postadressen {email}.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Det finns redan ett konto med användarnamnet {userName}.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
