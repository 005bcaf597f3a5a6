namespace Samverkan.Host.Cases;

/// <summary>The "Samverkan:Cases" configuration section.</summary>
public sealed class CasesOptions
{
    public const string Section = "Samverkan:Cases";

    /// <summary>Where Data Protection keeps its key ring (and the protected search key); relative to the working folder. Back it up with the database: without it nothing encrypted can be read.</summary>
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>
    /// The HMAC key for personnummer look-ups, base64, at least 32 bytes. When empty, a random key is made once
    /// and kept in <see cref="KeysPath"/>, protected by Data Protection. Changing it makes existing persons unfindable.
    /// </summary>
    public string? SearchKey { get; set; }

    /// <summary>A folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf for the SIP plan's PDF; empty: the system's DejaVu or Liberation Sans.</summary>
    public string? PdfFontsPath { get; set; }
}
