using Ecomuna.Core.Accounts;
using Ecomuna.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Ecomuna.Core.Members;

public enum InvitationOutcome
{
    /// <summary>A new account was made; the person must follow the emailed link to choose a password.</summary>
    Invited = 1,

    /// <summary>The person already had an account (for example as contact of another member) and was linked to it.</summary>
    LinkedToExistingAccount = 2,
}

public sealed record Invitation(InvitationOutcome Outcome, AppUser User, string? Token, string MemberName);

/// <summary>
/// Invites a contact person to the portal: makes their account (role ContactPerson, acting for the member) tied to
/// their contact record, and a token for choosing a password that expires after <see cref="TokenLifespan"/>.
/// </summary>
public sealed class ContactInvitations(EcomunaDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public const string TokenProvider = "Invitation";
    public const string Purpose = "AcceptInvitation";
    public static readonly TimeSpan TokenLifespan = TimeSpan.FromDays(7);

    /// <summary>Null when the contact does not exist or has ended.</summary>
    public async Task<Invitation?> InviteAsync(int contactId, DateOnly today)
    {
        var contact = await db.ContactPersons.Include(c => c.Member).SingleOrDefaultAsync(c => c.Id == contactId);
        if (contact is null || !contact.IsCurrent(today))
        {
            return null;
        }

        var user = await users.FindByEmailAsync(contact.Email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = contact.Email, Email = contact.Email, DisplayName = contact.FullName, MemberId = contact.MemberId,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user));
        }

        if (!await users.IsInRoleAsync(user, Roles.ContactPerson))
        {
            await audit.RecordAsync(
                AuditKind.RoleGranted, $"Role {Roles.ContactPerson} granted to {user.Email} as contact person of {contact.Member!.Name} (invitation)",
                AuditTarget.User(user));
            Check(await users.AddToRoleAsync(user, Roles.ContactPerson));

            // A person already logged in gets the new role at their next login: the new stamp ends the current one.
            Check(await users.UpdateSecurityStampAsync(user));
        }

        user.MemberId ??= contact.MemberId;
        contact.UserId = user.Id;
        await db.SaveChangesAsync();

        if (await users.HasPasswordAsync(user))
        {
            return new Invitation(InvitationOutcome.LinkedToExistingAccount, user, null, contact.Member!.Name);
        }

        user.InvitedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        var token = await users.GenerateUserTokenAsync(user, TokenProvider, Purpose);
        return new Invitation(InvitationOutcome.Invited, user, token, contact.Member!.Name);
    }

    /// <summary>Sets the invited person's first password; the link they followed proves their email address.</summary>
    public async Task<IdentityResult> AcceptAsync(AppUser user, string token, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.HasPasswordAsync(user) || !await users.VerifyUserTokenAsync(user, TokenProvider, Purpose, token))
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            user.EmailConfirmed = true;
            result = await users.UpdateAsync(user);
        }

        return result;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
