using System.Collections.Frozen;
using Ecomuna.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Accounts;

/// <summary>
/// Refuses passwords longer than <see cref="MaximumLength"/> characters and passwords on the shipped list of common
/// and breached passwords. There are no composition rules: a long phrase is a good password.
/// </summary>
internal sealed class PasswordPolicyValidator(IStringLocalizer<AccountResource> text) : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = text["IdentityError.PasswordTooLong", MaximumLength] }));
        }

        return Task.FromResult(IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["IdentityError.PasswordTooCommon"] })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicyValidator).Assembly.GetManifestResourceStream("Ecomuna.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
