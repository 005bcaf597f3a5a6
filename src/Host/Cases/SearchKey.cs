using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.Host.Persistence.KeyRing;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Cases;

/// <summary>
/// The secret key of the personnummer hash: from configuration, or made once and kept protected by Data
/// Protection, in the database when the nodes share one (PostgreSQL), otherwise in a file beside the one node.
/// Without it a stolen database cannot be searched by trying every personnummer.
/// </summary>
internal sealed class SearchKey(IOptions<CasesOptions> options, IDataProtectionProvider protection, IServiceScopeFactory scopes)
{
    public const string FileName = "personnummer-search.key";
    public const string SecretName = "personnummer-search-key";
    private const int KeyBytes = 32;
    private const string Purpose = "Samverkan.Cases.SearchKey.v1";

    private readonly Lazy<byte[]> _key = new(() => Load(options.Value, protection.CreateProtector(Purpose), scopes));

    public byte[] Bytes => _key.Value;

    private static byte[] Load(CasesOptions options, IDataProtector protector, IServiceScopeFactory scopes)
    {
        if (!string.IsNullOrWhiteSpace(options.SearchKey))
        {
            var configured = Convert.FromBase64String(options.SearchKey);
            return configured.Length >= KeyBytes
                ? configured
                : throw new InvalidOperationException($"{CasesOptions.Section}:SearchKey must be at least {KeyBytes} bytes, base64.");
        }
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetService<KeyRingDbContext>() is { } keyRing
            ? FromDatabase(keyRing, protector)
            : FromFile(options.KeysPath, protector);
    }

    /// <summary>Several nodes may start at once: the first insert wins and the others read the winner's key.</summary>
    private static byte[] FromDatabase(KeyRingDbContext db, IDataProtector protector)
    {
        if (db.Secrets.AsNoTracking().SingleOrDefault(s => s.Name == SecretName) is { } stored)
        {
            return Unprotect(stored.ProtectedValue, protector);
        }
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        db.Secrets.Add(new SecretRecord { Name = SecretName, ProtectedValue = protector.Protect(Convert.ToBase64String(key)) });
        try
        {
            db.SaveChanges();
            return key;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return Unprotect(db.Secrets.AsNoTracking().Single(s => s.Name == SecretName).ProtectedValue, protector);
        }
    }

    private static byte[] FromFile(string keysPath, IDataProtector protector)
    {
        var path = Path.Combine(keysPath, FileName);
        Directory.CreateDirectory(keysPath);
        if (File.Exists(path))
        {
            return Unprotect(File.ReadAllText(path), protector);
        }
        // Written beside the final name and moved into place, so a second service starting at the same moment
        // never reads a half-written file: it loses the move and reads the winner's key.
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, protector.Protect(Convert.ToBase64String(key)));
        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Unprotect(File.ReadAllText(path), protector);
        }
    }

    private static byte[] Unprotect(string protectedValue, IDataProtector protector) =>
        Convert.FromBase64String(protector.Unprotect(protectedValue));
}
