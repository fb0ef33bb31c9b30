using Ecomuna.Core.Email;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Site;
using Microsoft.Extensions.Options;

namespace Ecomuna.Web.Infrastructure;

/// <summary>Sends a visitor's accessibility report to the secretariat's address (Association:Email), in Swedish.</summary>
public sealed class AccessibilityReportMail(EmailTemplates templates, IEmailTransport email, IOptions<AssociationOptions> association, ILogger<AccessibilityReportMail> logger)
{
    public async Task SendAsync(AccessibilityReport report, string link, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(association.Value.Email))
        {
            logger.LogWarning("Accessibility report {Id} is only in the admin list: Association:Email is not set.", report.Id);
            return;
        }

        await email.SendAsync(templates.AccessibilityReported(association.Value.Email, association.Value.Name, report, link), ct);
    }
}
