using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Identity;

namespace Ecomuna.Core.Accounts;

/// <summary>A person who can sign in: a secretariat admin, a member's contact person or a network member.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The member organisation a contact person acts for; null for admins and network members.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }

    public NetworkCategory? NetworkCategory { get; set; }

    /// <summary>"sv" or "en": the language emails are written in.</summary>
    public string PreferredLanguage { get; set; } = "sv";

    /// <summary>When the account was made; null for accounts made before this was recorded.</summary>
    public DateTime? CreatedAtUtc { get; set; }

    /// <summary>When the last invitation link was made; an invited account that never chose a password is removed after Jobs:UnacceptedInvitationDays.</summary>
    public DateTime? InvitedAtUtc { get; set; }
}
