using Ecomuna.Core.Email;

namespace Ecomuna.Core.Site;

/// <summary>The mail to the secretariat about a visitor's accessibility report.</summary>
public static class SiteTemplates
{
    /// <summary>Tells the secretariat about a visitor's accessibility report, in Swedish.</summary>
    public static EmailMessage AccessibilityReported(this EmailTemplates templates, string to, string secretariat, AccessibilityReport report, string link)
    {
        ArgumentNullException.ThrowIfNull(report);
        return EmailTemplates.InLanguage("sv", () => templates.Build(to, "AccessibilityReport", secretariat, link, report.Page, report.Description,
            report.Name ?? "–", report.Email ?? "–"));
    }
}
