using Ecomuna.Core.Accounts;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Members;

/// <summary>Invitation links live longer than password-reset links, so they get a token provider of their own.</summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider protection,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection, options, logger);

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = ContactInvitations.TokenProvider;
        TokenLifespan = ContactInvitations.TokenLifespan;
    }
}
