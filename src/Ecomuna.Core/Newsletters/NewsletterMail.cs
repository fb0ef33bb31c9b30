using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Site;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Newsletters;

/// <summary>
/// Writes a newsletter as mail: the Markdown as HTML (through <see cref="SafeMarkdown"/>) and as plain text, with a
/// footer holding the recipient's own unsubscribe and preferences links, and the List-Unsubscribe headers of RFC 8058
/// so mail programs offer a one-click unsubscribe. The body is rendered once per language; only the links differ.
/// </summary>
public sealed partial class NewsletterMail(IStringLocalizer<NewslettersResource> text, NewsletterLinks links)
{
    private const string UnsubscribeMark = "\u0001unsubscribe\u0001";
    private const string PreferencesMark = "\u0001preferences\u0001";

    /// <summary>The mail in one language, with marks where each recipient's links go.</summary>
    public sealed record Rendered(string Language, string Subject, string Html, string Text);

    public Rendered Render(Newsletter newsletter, string language)
    {
        ArgumentNullException.ThrowIfNull(newsletter);
        var chosen = newsletter.LanguageFor(language);
        return EmailTemplates.InLanguage(chosen, () =>
        {
            var subject = newsletter.Subject(chosen);
            var markdown = newsletter.Body(chosen);
            var web = newsletter.Id > 0 ? links.WebVersion(newsletter.Id) : null;
            var html = HtmlEncoder.Default;
            var webHtml = web is null ? "" : $"""<p style="color:#555;font-size:90%"><a href="{html.Encode(web)}" style="color:#0b5d1e">{html.Encode(text["Mail.WebVersion"])}</a></p>""";
            var htmlBody = $"""
                <!DOCTYPE html>
                <html lang="{chosen}"><head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
                <body style="font-family:Arial,sans-serif;color:#1b1b1b;line-height:1.5;max-width:40em">
                {webHtml}
                {SafeMarkdown.ToHtml(markdown)}
                <hr>
                <p style="color:#555;font-size:90%">{html.Encode(text["Mail.Why"])}
                <a href="{UnsubscribeMark}" style="color:#0b5d1e">{html.Encode(text["Mail.Unsubscribe"])}</a> ·
                <a href="{PreferencesMark}" style="color:#0b5d1e">{html.Encode(text["Mail.Preferences"])}</a></p>
                </body></html>
                """;
            var webText = web is null ? "" : $"{text["Mail.WebVersion"]}: {web}\n\n";
            var textBody = $"{webText}{subject}\n\n{PlainText(markdown)}\n\n-- \n{text["Mail.Why"]}\n{text["Mail.Unsubscribe"]}: {UnsubscribeMark}\n{text["Mail.Preferences"]}: {PreferencesMark}\n";
            return new Rendered(chosen, subject, htmlBody, textBody);
        });
    }

    /// <summary>The message for one recipient, with their signed links and the one-click unsubscribe headers.</summary>
    public EmailMessage For(Rendered rendered, string to)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var token = links.AddressToken(to);
        var unsubscribe = links.Unsubscribe(token);
        var preferences = links.Preferences(token);
        var encoded = HtmlEncoder.Default;
        var html = rendered.Html.Replace(UnsubscribeMark, encoded.Encode(unsubscribe), StringComparison.Ordinal)
            .Replace(PreferencesMark, encoded.Encode(preferences), StringComparison.Ordinal);
        var plain = rendered.Text.Replace(UnsubscribeMark, unsubscribe, StringComparison.Ordinal).Replace(PreferencesMark, preferences, StringComparison.Ordinal);
        return new EmailMessage(to, rendered.Subject, html, plain)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    /// <summary>The outbox row of a newsletter copy: bulk mail, so suppressed addresses never get it.</summary>
    public OutboxMessage Row(Rendered rendered, string to, int newsletterId, DateTime nowUtc)
    {
        var message = For(rendered, to);
        return new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            Headers = JsonSerializer.Serialize(message.Headers),
            Kind = EmailKind.Bulk,
            Status = OutboxStatus.Queued,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
            NewsletterId = newsletterId,
        };
    }

    /// <summary>The double opt-in mail: the link that confirms a subscription, in <paramref name="language"/>.</summary>
    public EmailMessage Confirmation(string to, string language, string link) =>
        EmailTemplates.InLanguage(language, () =>
        {
            var html = HtmlEncoder.Default;
            var subject = text["ConfirmMail.Subject"].Value;
            var body = text["ConfirmMail.Body"].Value;
            var action = text["ConfirmMail.Action"].Value;
            var ignore = text["ConfirmMail.Ignore"].Value;
            var htmlBody = $"""
                <!DOCTYPE html>
                <html lang="{language}"><head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
                <body style="font-family:Arial,sans-serif;color:#1b1b1b;line-height:1.5">
                <p>{html.Encode(body)}</p>
                <p><a href="{html.Encode(link)}" style="color:#0b5d1e">{html.Encode(action)}</a></p>
                <p style="color:#555">{html.Encode(ignore)}</p>
                </body></html>
                """;
            return new EmailMessage(to, subject, htmlBody, $"{body}\n\n{action}:\n{link}\n\n{ignore}\n");
        });

    /// <summary>Markdown made readable as plain text: links as "text (address)", images as their description.</summary>
    public static string PlainText(string markdown)
    {
        var text = ImageRegex().Replace(markdown ?? "", "$1");
        text = LinkRegex().Replace(text, m => SafeMarkdown.IsSafe(m.Groups[2].Value) ? $"{m.Groups[1].Value} ({m.Groups[2].Value})" : m.Groups[1].Value);
        return text.ReplaceLineEndings("\n").Trim();
    }

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex ImageRegex();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkRegex();
}
