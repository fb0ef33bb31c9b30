using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Ecomuna.Core.Email;

internal static class MailMessageFactory
{
    /// <summary>A multipart/alternative message: plain text first, HTML preferred by clients that can show it.</summary>
    public static MailMessage Create(EmailMessage message, EmailOptions options)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.To);
        foreach (var (name, value) in message.Headers)
        {
            mail.Headers.Add(name, value);
        }

        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.TextBody, Encoding.UTF8, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        foreach (var file in message.Attachments)
        {
            // The message owns the stream and disposes it with its attachments.
            mail.Attachments.Add(new Attachment(new MemoryStream(file.Content), file.FileName, file.ContentType));
        }
        return mail;
    }
}
