namespace Ecomuna.Core.Audit;

public enum AuditOutcome
{
    Succeeded = 1,
    Failed = 2,
}

/// <summary>
/// One security event or admin action: when, who (a snapshot of their address and name, kept even if the account
/// goes), from which address, what, on what, and how it went. Never holds a password, token or code.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The account that acted, or whose sign-in it was; null for the system or an unknown account.</summary>
    public string? ActorUserId { get; set; }
    public string? ActorEmail { get; set; }
    public string? ActorName { get; set; }

    /// <summary>The client's IP address as the portal saw it (after trusted proxies); null outside a request.</summary>
    public string? IpAddress { get; set; }

    /// <summary>One of <see cref="AuditKind"/>.</summary>
    public string Kind { get; set; } = "";

    public string? TargetType { get; set; }
    public string? TargetId { get; set; }

    /// <summary>A short description in English, for people reading the log.</summary>
    public string Summary { get; set; } = "";

    public AuditOutcome Outcome { get; set; }
}

/// <summary>The kinds of audit entry. The strings are stored; never change one, only add.</summary>
public static class AuditKind
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string Lockout = "signin.lockout";
    public const string SignOut = "signout";
    public const string SignOutEverywhere = "signout.everywhere";
    public const string PasswordChanged = "password.changed";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string PasswordReset = "password.reset";
    public const string TwoFactorEnabled = "twofactor.enabled";
    public const string TwoFactorDisabled = "twofactor.disabled";
    public const string AuthenticatorReset = "twofactor.authenticator-reset";
    public const string RecoveryCodesRenewed = "twofactor.recovery-codes-renewed";
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string ContactRoleChanged = "contact.role-changed";
    public const string Exported = "data.exported";
    public const string InvoicesIssued = "invoices.issued";
    public const string InvoicesSent = "invoices.sent";
    public const string InvoiceRemindersSent = "invoices.reminded";
    public const string InvoiceCredited = "invoices.credited";
    public const string Deleted = "admin.deleted";
    public const string AuditPruned = "audit.pruned";
    public const string PersonErased = "privacy.erased";

    public static readonly IReadOnlyList<string> All =
    [
        SignInSucceeded, SignInFailed, Lockout, SignOut, SignOutEverywhere, PasswordChanged, PasswordResetRequested, PasswordReset,
        TwoFactorEnabled, TwoFactorDisabled, AuthenticatorReset, RecoveryCodesRenewed, RoleGranted, RoleRevoked, ContactRoleChanged,
        Exported, InvoicesIssued, InvoicesSent, InvoiceRemindersSent, InvoiceCredited, Deleted, AuditPruned, PersonErased,
    ];
}
