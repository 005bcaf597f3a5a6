using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Samverkan.Host.Tests.Cases;

/// <summary>The personnummer and the name never reach the database file or the logs in the clear; look-ups use a keyed hash.</summary>
public sealed class PersonalDataAtRestTests(CasesHost host) : IClassFixture<CasesHost>
{
    private readonly CaseScenario _s = new(host);

    [Fact]
    public async Task Personnummer_AfterEveryKindOfUse_IsNotInTheDatabaseFileNorTheLogs()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);
        Assert.True((await CaseScenario.ReadAsync(_s.UserOfA, caseId)).GetProperty("identified").GetBoolean());
        Assert.Single((await _s.UserOfA.GetAsync($"/api/cases?personnummer={_s.Personnummer}")).EnumerateArray());
        await _s.UserOfA.PostAsync($"/api/consents/{consentId}/withdraw", new { });
        await _s.AuditAsync("action=Read");
        var digits = _s.Personnummer.Replace("-", "");
        string[] secrets = [_s.Personnummer, digits, digits[2..], _s.Name, "Tolvansson"];

        var database = ReadDatabaseFiles();
        var logFolder = Path.Combine(host.DataPath, "logs");
        var logFiles = Directory.Exists(logFolder) ? Directory.GetFiles(logFolder) : [];
        var logs = string.Join("\n", host.Logs.Lines()) + string.Join("\n", logFiles.Select(ReadShared));

        Assert.Contains(caseId, logs); // the logs do speak of the case, by id
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, database);
            Assert.DoesNotContain(secret, logs);
        }
        Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(digits))), database);
    }

    [Fact]
    public async Task Keys_AreKeptInTheConfiguredFolder()
    {
        await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);

        Assert.NotEmpty(Directory.GetFiles(host.KeysPath, "key-*.xml"));
        Assert.True(File.Exists(Path.Combine(host.KeysPath, "personnummer-search.key")));
    }

    private string ReadDatabaseFiles()
    {
        // The WAL holds the newest pages; read it with the main file rather than checkpointing it away.
        var text = new StringBuilder();
        foreach (var file in new[] { host.DatabasePath, host.DatabasePath + "-wal" }.Where(File.Exists))
        {
            text.Append(Encoding.UTF8.GetString(ReadSharedBytes(file)));
        }
        SqliteConnection.ClearAllPools();
        return text.ToString();
    }

    private static string ReadShared(string path) => Encoding.UTF8.GetString(ReadSharedBytes(path));

    private static byte[] ReadSharedBytes(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }
}
