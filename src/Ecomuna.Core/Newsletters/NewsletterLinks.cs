using System.Security.Cryptography;
using Ecomuna.Core.Background;
using Ecomuna.Core.Newsletters;
using Microsoft.AspNetCore.DataProtection;

namespace Ecomuna.Core.Newsletters;

/// <summary>
/// The signed links in newsletter mail. A link carries the address protected by ASP.NET Data Protection (encrypted
/// and authenticated with the portal's keys, kept in the database), so it cannot be changed into someone else's.
/// </summary>
public sealed class NewsletterLinks(IDataProtectionProvider protection, IOptions<JobOptions> jobs)
{
    private readonly IDataProtector _address = protection.CreateProtector("Ecomuna.Newsletters.Address");
    private readonly IDataProtector _confirm = protection.CreateProtector("Ecomuna.Newsletters.Confirm");

    /// <summary>The token for an address's unsubscribe and preferences links.</summary>
    public string AddressToken(string email) => _address.Protect(NewsletterAddress.Normalize(email));

    /// <summary>The address in a token, or null when the token was changed or is not one of ours.</summary>
    public string? AddressOf(string? token) => Unprotect(_address, token);

    public string ConfirmToken(string email) => _confirm.Protect(NewsletterAddress.Normalize(email));

    public string? ConfirmedAddressOf(string? token) => Unprotect(_confirm, token);

    public string Unsubscribe(string token) => jobs.Value.Link("/Newsletters/Unsubscribe?t=" + Uri.EscapeDataString(token));

    public string Preferences(string token) => jobs.Value.Link("/Newsletters/Preferences?t=" + Uri.EscapeDataString(token));

    public string Confirm(string token) => jobs.Value.Link("/Newsletters/Confirm?t=" + Uri.EscapeDataString(token));

    public string WebVersion(int id) => jobs.Value.Link($"/Newsletters/View/{id}");

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
