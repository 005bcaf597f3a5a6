using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Cases;

/// <summary>
/// The secret key of the personnummer hash: from configuration, or made once and kept on disk protected by Data
/// Protection. Without it a stolen database cannot be searched by trying every personnummer.
/// </summary>
internal sealed class SearchKey(IOptions<CasesOptions> options, IDataProtectionProvider protection)
{
    public const string FileName = "personnummer-search.key";
    private const int KeyBytes = 32;
    private const string Purpose = "Samverkan.Cases.SearchKey.v1";

    private readonly Lazy<byte[]> _key = new(() => Load(options.Value, protection.CreateProtector(Purpose)));

    public byte[] Bytes => _key.Value;

    private static byte[] Load(CasesOptions options, IDataProtector protector)
    {
        if (!string.IsNullOrWhiteSpace(options.SearchKey))
        {
            var configured = Convert.FromBase64String(options.SearchKey);
            return configured.Length >= KeyBytes
                ? configured
                : throw new InvalidOperationException($"{CasesOptions.Section}:SearchKey must be at least {KeyBytes} bytes, base64.");
        }
        var path = Path.Combine(options.KeysPath, FileName);
        Directory.CreateDirectory(options.KeysPath);
        if (File.Exists(path))
        {
            return Read(path, protector);
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
            return Read(path, protector);
        }
    }

    private static byte[] Read(string path, IDataProtector protector) =>
        Convert.FromBase64String(protector.Unprotect(File.ReadAllText(path)));
}
