using Ecomuna.Core.Email;

namespace Ecomuna.Core.Members;

/// <summary>The mails to contact persons: invitations, declined applications, decided change requests and the yearly check of details.</summary>
public static class MemberTemplates
{
    public static EmailMessage Invitation(this EmailTemplates templates, string to, string displayName, string memberName, string link) =>
        templates.Build(to, "Invitation", displayName, link, memberName);

    public static EmailMessage ApplicationDeclined(this EmailTemplates templates, string to, string displayName, string memberName, string reason) =>
        templates.Build(to, "ApplicationDeclined", displayName, link: null, memberName, reason);

    /// <summary>The secretariat's decision on a change request, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage ChangeRequestDecided(
        this EmailTemplates templates, string to, string displayName, string language, string memberName, MemberChangeRequest request, string? contactName, string link)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EmailTemplates.InLanguage(language, () => request.Status == ChangeRequestStatus.Declined
            ? templates.Build(to, "ChangeRequestDeclined", displayName, link, memberName, Describe(templates, request, contactName), request.DeclineReason!)
            : templates.Build(to, "ChangeRequestApproved", displayName, link, memberName, Describe(templates, request, contactName)));
    }

    /// <summary>Asks a contact person to look over and confirm their member's details, in <paramref name="language"/>.</summary>
    public static EmailMessage ConfirmDetails(this EmailTemplates templates, string to, string displayName, string language, string memberName, string link) =>
        EmailTemplates.InLanguage(language, () => templates.Build(to, "ConfirmDetails", displayName, link, memberName));

    private static string Describe(EmailTemplates templates, MemberChangeRequest request, string? contactName) => request.Kind switch
    {
        ChangeRequestKind.Population => templates.Text["ChangeRequest.Population", request.PopulationYear!, request.Population!.Value.ToString("N0", CultureInfo.CurrentCulture)],
        ChangeRequestKind.Delegate => templates.Text[request.MakeDelegate == true ? "ChangeRequest.MakeDelegate" : "ChangeRequest.RemoveDelegate", contactName ?? "–"],
        _ => templates.Text["ChangeRequest.Resignation", request.ResignationDate!.Value.ToString("d", CultureInfo.CurrentCulture)],
    };
}
