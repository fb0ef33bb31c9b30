using Ecomuna.Core.Email;

namespace Ecomuna.Core.Accounts;

/// <summary>The mails about a person's own account: confirming the address, resetting the password, and changes to sign-in.</summary>
public static class AccountTemplates
{
    public static EmailMessage PasswordReset(this EmailTemplates templates, string to, string displayName, string link) =>
        templates.Build(to, "PasswordReset", displayName, link);

    public static EmailMessage ConfirmEmail(this EmailTemplates templates, string to, string displayName, string link) =>
        templates.Build(to, "ConfirmEmail", displayName, link);

    /// <summary>Tells someone that their password or two-factor settings changed, in <paramref name="language"/>.</summary>
    public static EmailMessage AccountChanged(this EmailTemplates templates, string to, string displayName, string language, AccountChange change) =>
        EmailTemplates.InLanguage(language, () => templates.Build(to, $"Account.{change}", displayName, link: null));
}
