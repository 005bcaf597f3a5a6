using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Samverkan.Host.Cases;

/// <summary>Encrypts a person's identifying data for the database and makes the keyed hash a personnummer is found by.</summary>
internal sealed class PersonProtector(IDataProtectionProvider protection, SearchKey searchKey)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Samverkan.Cases.Person.v1");

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string value) => _protector.Unprotect(value);

    /// <summary>HMAC-SHA256 under the search key: equal for equal numbers, useless without the key.</summary>
    public string Hash(Personnummer personnummer) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(searchKey.Bytes, Encoding.ASCII.GetBytes(personnummer.Digits)));
}
