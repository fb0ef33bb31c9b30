using System.Globalization;
using System.Text.Encodings.Web;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Email;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Localization;
using Ecomuna.Core.Members;
using Ecomuna.Core.Site;
using Ecomuna.Core.Surveys;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Email;

/// <summary>
/// Builds the portal's emails in the current interface language, each with an HTML and a plain-text body.
/// A template is a subject, a greeting, paragraphs and one call-to-action link, all from EmailResource.
/// Mails about a decision the person waited for are written in the language they chose instead.
/// </summary>
public sealed class EmailTemplates(IStringLocalizer<EmailResource> text)
{
    public EmailMessage PasswordReset(string to, string displayName, string link) =>
        Build(to, "PasswordReset", displayName, link);

    public EmailMessage ConfirmEmail(string to, string displayName, string link) =>
        Build(to, "ConfirmEmail", displayName, link);

    public EmailMessage Invitation(string to, string displayName, string memberName, string link) =>
        Build(to, "Invitation", displayName, link, memberName);

    public EmailMessage ApplicationDeclined(string to, string displayName, string memberName, string reason) =>
        Build(to, "ApplicationDeclined", displayName, link: null, memberName, reason);

    /// <summary>The secretariat's decision on a change request, in <paramref name="language"/> ("sv" or "en").</summary>
    /// <summary>
    /// An invoice, credit note or reminder with its PDF attached. A <paramref name="link"/> of null means a personal
    /// invoice (an event fee of a guest or network member), which has no page in the portal to point to.
    /// </summary>
    public EmailMessage Invoice(string to, string displayName, InvoiceSendKind kind, bool isCreditNote, long number, string association, string total, string dueDate, string ocr, string bankgiro, string? link, EmailAttachment pdf)
    {
        var template = (link is null ? "Personal" : "") + (kind == InvoiceSendKind.Reminder ? "InvoiceReminder" : isCreditNote ? "CreditNote" : "Invoice");
        return Build(to, template, displayName, link, number, association, total, dueDate, ocr, bankgiro) with { Attachments = [pdf] };
    }

    public EmailMessage ChangeRequestDecided(
        string to, string displayName, string language, string memberName, MemberChangeRequest request, string? contactName, string link)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InLanguage(language, () => request.Status == ChangeRequestStatus.Declined
            ? Build(to, "ChangeRequestDeclined", displayName, link, memberName, Describe(request, contactName), request.DeclineReason!)
            : Build(to, "ChangeRequestApproved", displayName, link, memberName, Describe(request, contactName)));
    }

    /// <summary>Tells a registered person that an event is cancelled, in <paramref name="language"/> ("sv" or "en").</summary>
    public EmailMessage EventCancelled(string to, string displayName, string language, string title, DateTime startsAtUtc, string timeZone) =>
        InLanguage(language, () =>
        {
            var starts = EventTime.ToLocal(startsAtUtc, timeZone).ToString("f", CultureInfo.CurrentCulture);
            return Build(to, "EventCancelled", displayName, link: null, title, starts);
        });

    /// <summary>Tells the author what the secretariat did with their good example, in <paramref name="language"/> ("sv" or "en").</summary>
    public EmailMessage ExampleDecided(string to, string displayName, string language, ExampleStatus outcome, string title, string? comment, string link) =>
        InLanguage(language, () => Build(to, $"Example{outcome}", displayName, link, title,
            string.IsNullOrWhiteSpace(comment) ? text["Example.NoComment"].Value : text["Example.Comment", comment].Value));

    /// <summary>Reminds someone who has not submitted a survey, in <paramref name="language"/> ("sv" or "en").</summary>
    public EmailMessage SurveyReminder(string to, string displayName, string language, Survey survey, string link)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return InLanguage(language, () => Build(
            to, survey.Audience == SurveyAudience.PerMember ? "SurveyReminder" : "SurveyReminderPerson", displayName, link,
            survey.Title(language), survey.ClosesOn.ToString("D", CultureInfo.CurrentCulture)));
    }

    /// <summary>Tells the secretariat about a visitor's accessibility report, in Swedish.</summary>
    public EmailMessage AccessibilityReported(string to, string secretariat, AccessibilityReport report, string link)
    {
        ArgumentNullException.ThrowIfNull(report);
        return InLanguage("sv", () => Build(to, "AccessibilityReport", secretariat, link, report.Page, report.Description,
            report.Name ?? "–", report.Email ?? "–"));
    }

    /// <summary>Reminds a registered person of an event some days ahead, in <paramref name="language"/> ("sv" or "en").</summary>
    public EmailMessage EventReminder(string to, string displayName, string language, string title, DateTime startsAtUtc, string timeZone, string? place, string link) =>
        InLanguage(language, () =>
        {
            var starts = EventTime.ToLocal(startsAtUtc, timeZone).ToString("f", CultureInfo.CurrentCulture);
            var where = string.IsNullOrWhiteSpace(place) ? "" : text["EventReminder.Place", place].Value;
            return Build(to, "EventReminder", displayName, link, title, starts, where);
        });

    /// <summary>Asks a contact person to look over and confirm their member's details, in <paramref name="language"/>.</summary>
    public EmailMessage ConfirmDetails(string to, string displayName, string language, string memberName, string link) =>
        InLanguage(language, () => Build(to, "ConfirmDetails", displayName, link, memberName));

    /// <summary>Tells someone that their password or two-factor settings changed, in <paramref name="language"/>.</summary>
    public EmailMessage AccountChanged(string to, string displayName, string language, AccountChange change) =>
        InLanguage(language, () => Build(to, $"Account.{change}", displayName, link: null));

    /// <summary>Tells a person that their personal data was erased, in <paramref name="language"/> ("sv" or "en").</summary>
    public EmailMessage ErasureDone(string to, string displayName, string language) =>
        InLanguage(language, () => Build(to, "ErasureDone", displayName, link: null));

    private string Describe(MemberChangeRequest request, string? contactName) => request.Kind switch
    {
        ChangeRequestKind.Population => text["ChangeRequest.Population", request.PopulationYear!, request.Population!.Value.ToString("N0", CultureInfo.CurrentCulture)],
        ChangeRequestKind.Delegate => text[request.MakeDelegate == true ? "ChangeRequest.MakeDelegate" : "ChangeRequest.RemoveDelegate", contactName ?? "–"],
        _ => text["ChangeRequest.Resignation", request.ResignationDate!.Value.ToString("d", CultureInfo.CurrentCulture)],
    };

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

    private EmailMessage Build(string to, string template, string displayName, string? link, params object[] bodyArguments)
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
