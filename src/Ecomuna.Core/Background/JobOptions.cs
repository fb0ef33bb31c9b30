using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Background;

/// <summary>Bound from the "Jobs" configuration section: when the scheduled jobs run and what they look for.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>The portal's address as people reach it, for the links in mail the jobs send.</summary>
    [Required(ErrorMessage = "Jobs:PublicUrl (env Jobs__PublicUrl) must be set to the portal's address, e.g. https://portal.example.org.")]
    [Url(ErrorMessage = "Jobs:PublicUrl (env Jobs__PublicUrl) must be an absolute http(s) address.")]
    public string PublicUrl { get; set; } = "http://localhost:5211";

    /// <summary>How often each job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days before an event to remind those registered, comma-separated.</summary>
    [RegularExpression(@"^\s*\d+\s*(,\s*\d+\s*)*$", ErrorMessage = "Jobs:EventReminderDays (env Jobs__EventReminderDays) must be whole days separated by commas, e.g. 7,1.")]
    public string EventReminderDays { get; set; } = "7,1";

    /// <summary>Days after the due date to remind of an unpaid invoice, comma-separated.</summary>
    [RegularExpression(@"^\s*\d+\s*(,\s*\d+\s*)*$", ErrorMessage = "Jobs:InvoiceReminderDays (env Jobs__InvoiceReminderDays) must be whole days separated by commas, e.g. 10,30.")]
    public string InvoiceReminderDays { get; set; } = "10,30";

    /// <summary>A guest's registration that is not confirmed by email within this many days is removed.</summary>
    [Range(1, 365, ErrorMessage = "Jobs:UnconfirmedRegistrationDays (env Jobs__UnconfirmedRegistrationDays) must be between 1 and 365.")]
    public int UnconfirmedRegistrationDays { get; set; } = 3;

    /// <summary>Sent mail is kept this many days in the outbox (it holds personal links), then removed.</summary>
    [Range(1, 3650, ErrorMessage = "Jobs:KeepSentMailDays (env Jobs__KeepSentMailDays) must be between 1 and 3650.")]
    public int KeepSentMailDays { get; set; } = 30;

    /// <summary>A newsletter sign-up whose address is not confirmed (double opt-in) within this many days is removed.</summary>
    [Range(1, 365, ErrorMessage = "Jobs:UnconfirmedSubscriptionDays (env Jobs__UnconfirmedSubscriptionDays) must be between 1 and 365.")]
    public int UnconfirmedSubscriptionDays { get; set; } = 7;

    /// <summary>
    /// An account made by an invitation whose person never chose a password is removed this many days after the last
    /// invitation (its link expires after 7 days); the contact record stays and can be invited again.
    /// </summary>
    [Range(7, 3650, ErrorMessage = "Jobs:UnacceptedInvitationDays (env Jobs__UnacceptedInvitationDays) must be between 7 (the link's lifetime) and 3650.")]
    public int UnacceptedInvitationDays { get; set; } = 30;

    public static IReadOnlyList<int> Days(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => int.Parse(d, CultureInfo.InvariantCulture)).Distinct().OrderDescending()];

    public string Link(string pathAndQuery) => PublicUrl.TrimEnd('/') + pathAndQuery;
}
