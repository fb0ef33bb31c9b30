using Ecomuna.Core.Email;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Web.Infrastructure;

/// <summary>Mails an invitation's link to choose a password.</summary>
public sealed class InvitationMail(EmailTemplates templates, IEmailTransport email)
{
    public async Task SendAsync(Invitation invitation, IUrlHelper url, string scheme)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(url);
        var link = url.Page("/Account/AcceptInvitation", null, new { userId = invitation.User.Id, code = LinkCode.Encode(invitation.Token!) }, scheme)!;
        await email.SendAsync(templates.Invitation(invitation.User.Email!, invitation.User.DisplayName, invitation.MemberName, link));
    }
}
