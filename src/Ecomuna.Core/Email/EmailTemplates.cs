using System.Text.Encodings.Web;
using Ecomuna.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Email;

/// <summary>
/// Builds the portal's emails in the current interface language, each with an HTML and a plain-text body.
/// A template is a subject, a greeting, paragraphs and one call-to-action link, all from EmailResource.
/// Mails about a decision the person waited for are written in the language they chose instead. Each feature
/// names its templates in a *Templates class of its own folder, as extension methods on this one.
/// </summary>
public sealed class EmailTemplates(IStringLocalizer<EmailResource> text)
{
    /// <summary>The texts of EmailResource, for the feature templates that pass their own arguments.</summary>
    internal IStringLocalizer<EmailResource> Text => text;

    /// <summary>Builds with the interface language switched to the recipient's: "sv" or "en".</summary>
    internal static T InLanguage<T>(string language, Func<T> build)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(language == "en" ? SupportedCultures.English : SupportedCultures.Swedish);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = wanted;
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    internal EmailMessage Build(string to, string template, string displayName, string? link, params object[] bodyArguments)
    {
        var subject = text[$"{template}.Subject", bodyArguments].Value;
        var greeting = text["Greeting", displayName].Value;
        var body = text[$"{template}.Body", bodyArguments].Value;
        var footer = text["Footer"].Value;
        var action = link is null ? null : text[$"{template}.Action"].Value;

        var html = HtmlEncoder.Default;
        var actionHtml = link is null ? "" : $"""<p><a href="{html.Encode(link)}" style="color:#0b5d1e">{html.Encode(action!)}</a></p>""";
        var htmlBody = $"""
            <!DOCTYPE html>
            <html lang="{text["Lang"]}"><head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
            <body style="font-family:Arial,sans-serif;color:#1b1b1b;line-height:1.5">
            <p>{html.Encode(greeting)}</p>
            <p>{html.Encode(body)}</p>
            {actionHtml}
            <p style="color:#555">{html.Encode(footer)}</p>
            </body></html>
            """;
        var actionText = link is null ? "" : $"{action}:\n{link}\n\n";
        var textBody = $"{greeting}\n\n{body}\n\n{actionText}{footer}\n";
        return new EmailMessage(to, subject, htmlBody, textBody);
    }
}
