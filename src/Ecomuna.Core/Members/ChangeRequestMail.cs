using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Core.Members;

/// <summary>
/// Tells the person who sent a change request what the secretariat decided, in the language they chose. The mail is
/// put in the outbox; the caller's SaveChanges commits it with the decision.
/// </summary>
public sealed class ChangeRequestMail(EcomunaDbContext db, EmailTemplates templates, EmailOutbox outbox)
{
    public async Task EnqueueDecisionAsync(MemberChangeRequest request, string memberName, string? contactName, IUrlHelper url, string scheme)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(url);
        var requester = await db.Users
            .Where(u => u.Id == request.RequestedByUserId)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage })
            .SingleOrDefaultAsync();

        // An account removed since keeps its address on the request; it is written to in the default language.
        var to = requester?.Email ?? request.RequestedBy;
        var name = string.IsNullOrWhiteSpace(requester?.DisplayName) ? to : requester.DisplayName;
        var link = url.Page("/Organisation/Index", null, null, scheme)!;
        outbox.Enqueue(templates.ChangeRequestDecided(to, name, requester?.PreferredLanguage ?? "sv", memberName, request, contactName, link));
    }
}
