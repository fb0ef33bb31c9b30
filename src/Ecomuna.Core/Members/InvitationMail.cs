using Ecomuna.Core.Accounts;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Core.Members;

/// <summary>Puts an invitation's link to choose a password in the outbox; the caller's SaveChanges commits it.</summary>
public sealed class InvitationMail(EmailTemplates templates, EmailOutbox outbox)
{
    public void Enqueue(Invitation invitation, IUrlHelper url, string scheme)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(url);
        var link = url.Page("/Account/AcceptInvitation", null, new { userId = invitation.User.Id, code = LinkCode.Encode(invitation.Token!) }, scheme)!;
        outbox.Enqueue(templates.Invitation(invitation.User.Email!, invitation.User.DisplayName, invitation.MemberName, link));
    }
}
