using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Ecomuna.Core.Accounts;

/// <summary>Identity tokens carried in emailed links: Base64Url, so they survive URLs and mail clients.</summary>
public static class LinkCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token, or null when the code in the link was damaged.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
