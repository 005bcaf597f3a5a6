using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samverkan.Host.Persistence;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>
/// E-mail delivered to a real SMTP server on loopback (aiosmtpd) by Hangfire jobs: subjects and bodies carry no
/// personal data, and a meeting invitation carries an .ics that a calendar library reads back.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EmailDeliveryTests : IDisposable
{
    private readonly TempFolder _mail = new();

    [SmtpFact]
    public async Task NewTask_EmailsEachGroupMember_WithAGenericSubjectAndALink()
    {
        await using var smtp = await SmtpSink.StartAsync(_mail.Path);
        await using var host = NotificationsHost.Start(smtp.Port);

        var instance = await host.Engine.StartAsync("groupTask", businessKey: "19121212-1212",
            variables: new Dictionary<string, object?> { ["namn"] = "Tolvan Tolvansson" });

        var mails = await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(30));
        var task = Assert.Single((await host.ListAsync("anna")).Items).TaskId;
        Assert.Equal(["anna@kommun.example", "bo@kommun.example"], mails.Select(m => m.Message.To.Mailboxes.Single().Address).Order());
        foreach (var (message, raw) in mails)
        {
            Assert.Equal("Ny uppgift i Samverkan", message.Subject);
            Assert.Equal("samverkan@region.example", message.From.Mailboxes.Single().Address);
            Assert.Contains($"https://samverkan.example/inkorg/{task}", message.TextBody);
            AssertNoPersonalData(raw);
            Assert.DoesNotContain(instance.Id.ToString(), raw);
        }
    }

    [SmtpFact]
    public async Task MeetingInvitation_EmailsAnIcsThatParses_WithNoPersonalDataInTheSubject()
    {
        await using var smtp = await SmtpSink.StartAsync(_mail.Path);
        await using var host = NotificationsHost.Start(smtp.Port);

        await host.Engine.StartAsync("invites", businessKey: "19121212-1212", variables: new Dictionary<string, object?>
        {
            ["meeting"] = new Dictionary<string, object?>
            {
                ["start"] = "2025-09-01T10:00",
                ["end"] = "2025-09-01T11:30",
                ["location"] = "Stadshuset, rum 3",
                ["subject"] = "SIP-möte",
            },
            ["participants"] = new[] { "group:kommun-soc", "user:carl" },
        });

        var mails = await smtp.WaitForMessagesAsync(3, TimeSpan.FromSeconds(30));
        Assert.Equal(3, mails.Count);
        var uids = new HashSet<string>();
        foreach (var (message, raw) in mails)
        {
            var to = message.To.Mailboxes.Single().Address;
            Assert.Equal("Kallelse till möte i Samverkan", message.Subject);
            Assert.DoesNotContain("SIP", message.Subject);
            AssertNoPersonalData(raw);

            var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal("text/calendar", attachment.ContentType.MimeType);
            Assert.EndsWith(".ics", attachment.FileName);
            using var content = new MemoryStream();
            await attachment.Content!.DecodeToAsync(content);
            var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
            Assert.Equal("REQUEST", calendar.Method);
            var meeting = Assert.Single(calendar.Events);
            // 10:00 in Stockholm on 1 September 2025 is summer time, UTC+2.
            Assert.Equal(new DateTime(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
            Assert.Equal(new DateTime(2025, 9, 1, 9, 30, 0, DateTimeKind.Utc), meeting.DtEnd!.AsUtc);
            Assert.Equal("Stadshuset, rum 3", meeting.Location);
            Assert.Equal("SIP-möte", meeting.Summary);
            Assert.Equal($"mailto:{to}", Assert.Single(meeting.Attendees).Value!.ToString());
            Assert.Equal("mailto:samverkan@region.example", meeting.Organizer!.Value!.ToString());
            uids.Add(meeting.Uid!);
        }
        Assert.Single(uids);
    }

    [SmtpFact]
    public async Task Email_WhenTheServerIsDown_IsSentByALaterAttempt()
    {
        var port = FreePort.Next();
        await using var host = NotificationsHost.Start(port, new Dictionary<string, string>
        {
            ["Samverkan:Smtp:RetryDelay"] = "00:00:01",
            ["Samverkan:Smtp:Timeout"] = "00:00:05",
        });
        await host.Engine.StartAsync("notifies", variables: new Dictionary<string, object?>
        {
            ["notifyKind"] = "Escalation",
            ["notifyTo"] = "user:carl",
            ["notifyText"] = "Ärendet har lyfts till ledningsnivå.",
        });
        await host.WaitForAsync("carl", 1);
        // Nothing listens yet: the first attempt fails and the e-mail waits for its retry (the e-mail sweep, every
        // minute by default, is too slow to be what delivers it here).
        await WaitForFailedAttemptAsync(host);

        await using var smtp = await SmtpSink.StartAsync(_mail.Path, port);

        var (message, _) = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal("Ett ärende i Samverkan har lyfts", message.Subject);
        Assert.Equal("carl@region.example", message.To.Mailboxes.Single().Address);
    }

    private static Task WaitForFailedAttemptAsync(NotificationsHost host)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        return Eventually.UntilAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await db.Emails.AnyAsync(e => e.Attempts > 0);
        }, TimeSpan.FromSeconds(20), "the first attempt to fail");
    }

    private static void AssertNoPersonalData(string raw)
    {
        foreach (var data in NotificationsHost.PersonalData)
        {
            Assert.DoesNotContain(data, raw, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _mail.Dispose();
}
