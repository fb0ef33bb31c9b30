using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;

namespace Ecomuna.Core.Privacy;

/// <summary>
/// Removes what nobody will use and should not be kept: guests' event registrations never confirmed by email (they
/// hold no seat) after Jobs:UnconfirmedRegistrationDays, sent mail (which holds personal links) after
/// Jobs:KeepSentMailDays, newsletter sign-ups never confirmed after Jobs:UnconfirmedSubscriptionDays, and accounts made
/// by an invitation that was never accepted after Jobs:UnacceptedInvitationDays. Links in mail (invitations, password
/// resets, confirmations) are signed and expire by themselves; none of them is stored.
/// </summary>
public sealed class CleanUpJob(EcomunaDbContext db, TimeProvider clock, IOptions<JobOptions> options) : IScheduledJob
{
    public const string JobName = "clean-up";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var registeredBefore = now.AddDays(-options.Value.UnconfirmedRegistrationDays);
        var registrations = await db.EventRegistrations
            .Where(r => r.Status == RegistrationStatus.Unconfirmed && r.RegisteredAtUtc < registeredBefore)
            .ExecuteDeleteAsync(ct);

        var sentBefore = now.AddDays(-options.Value.KeepSentMailDays);
        var mails = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sent && m.SentAtUtc < sentBefore)
            .ExecuteDeleteAsync(ct);

        var signedUpBefore = now.AddDays(-options.Value.UnconfirmedSubscriptionDays);
        var subscriptions = await db.NewsletterSubscribers
            .Where(s => s.ConfirmedAtUtc == null && s.ConsentGivenAtUtc < signedUpBefore)
            .ExecuteDeleteAsync(ct);

        // Only accounts that never had a password: the contact record's link to it is cleared by the database.
        var invitedBefore = now.AddDays(-options.Value.UnacceptedInvitationDays);
        var accounts = await db.Users
            .Where(u => u.PasswordHash == null && u.InvitedAtUtc != null && u.InvitedAtUtc < invitedBefore)
            .ExecuteDeleteAsync(ct);

        return new JobResult(
            $"Removed {registrations} unconfirmed event registrations, {mails} sent mails, {subscriptions} unconfirmed newsletter sign-ups and {accounts} invitations never accepted.",
            registrations, mails, subscriptions, accounts);
    }
}
