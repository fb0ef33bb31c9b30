using Ecomuna.Core.Accounts;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Core.Accounts;

/// <summary>A change to how someone logs in, which they are told about so that a change they did not make stands out.</summary>
public enum AccountChange
{
    PasswordChanged,
    TwoFactorOn,
    TwoFactorOff,
    RecoveryCodesRenewed,
    SignedOutEverywhere,
}

/// <summary>
/// Puts the notice of an account change in the outbox before the change is saved: Identity's own SaveChanges then
/// commits both together. If the change fails, <see cref="Withdraw"/> takes the notice back out.
/// </summary>
public sealed class AccountChangeMail(EmailTemplates templates, EmailOutbox outbox, EcomunaDbContext db)
{
    public OutboxMessage? Queue(AppUser user, AccountChange change)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Email))
        {
            return null;
        }

        return outbox.Enqueue(templates.AccountChanged(user.Email, user.DisplayName, user.PreferredLanguage, change));
    }

    public void Withdraw(OutboxMessage? message)
    {
        if (message is not null)
        {
            db.OutboxMessages.Remove(message);
        }
    }
}
