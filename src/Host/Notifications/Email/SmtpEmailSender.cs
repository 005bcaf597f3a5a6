using MailKit.Net.Smtp;
using MimeKit;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Email;

/// <summary>Sends one outbox e-mail over SMTP with MailKit: plain text, and the .ics invitation when there is one.</summary>
internal static class SmtpEmailSender
{
    public static async Task SendAsync(EmailRecord email, SmtpOptions smtp, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
        await client.SendAsync(Compose(email, smtp.From), ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    public static MimeMessage Compose(EmailRecord email, string from)
    {
        var message = new MimeMessage { Subject = email.Subject };
        message.From.Add(MailboxAddress.Parse(from));
        // The address alone: a display name would be personal data in every mail server's logs on the way.
        message.To.Add(MailboxAddress.Parse(email.ToAddress));
        message.MessageId = $"{email.Id:N}@samverkan";
        var body = new BodyBuilder { TextBody = email.Body };
        if (email.Calendar is { } calendar)
        {
            var contentType = new ContentType("text", "calendar") { Charset = "utf-8" };
            contentType.Parameters.Add("method", "REQUEST");
            body.Attachments.Add("inbjudan.ics", System.Text.Encoding.UTF8.GetBytes(calendar), contentType);
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
