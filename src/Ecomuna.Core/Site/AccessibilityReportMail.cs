using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Site;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Site;

/// <summary>
/// Puts a visitor's accessibility report to the secretariat's address (Association:Email) in the outbox, in Swedish;
/// the caller's SaveChanges stores it with the report.
/// </summary>
public sealed class AccessibilityReportMail(EmailTemplates templates, EmailOutbox outbox, IOptions<AssociationOptions> association, ILogger<AccessibilityReportMail> logger)
{
    public void Queue(AccessibilityReport report, string link)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(association.Value.Email))
        {
            logger.LogWarning("An accessibility report about {Page} is only in the admin list: Association:Email is not set.", report.Page);
            return;
        }

        outbox.Enqueue(templates.AccessibilityReported(association.Value.Email, association.Value.Name, report, link));
    }
}
