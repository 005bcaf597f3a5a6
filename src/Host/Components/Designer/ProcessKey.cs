using System.Text.RegularExpressions;

namespace Samverkan.Host.Components.Designer;

/// <summary>The key (BPMN process id) a designer gives a new process: it becomes the process id and part of the page's address.</summary>
public static partial class ProcessKey
{
    public const int MaxLength = 200;

    /// <summary>Addresses under /processer that are pages of their own, not processes.</summary>
    private static readonly string[] Reserved = ["ny"];

    /// <summary>A Swedish message saying what is wrong with the key, or null when it can be used.</summary>
    public static string? Validate(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "Ange en nyckel.";
        }
        if (key.Length > MaxLength)
        {
            return $"Nyckeln får vara högst {MaxLength} tecken.";
        }
        if (!Allowed().IsMatch(key))
        {
            // A process id is an XML name: it may not start with a digit or a hyphen.
            return "Nyckeln får bara innehålla bokstäverna a–z, siffror, - och _ och måste börja med en bokstav eller _.";
        }
        if (Reserved.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            return $"Nyckeln \"{key}\" är reserverad; välj en annan.";
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex Allowed();
}
