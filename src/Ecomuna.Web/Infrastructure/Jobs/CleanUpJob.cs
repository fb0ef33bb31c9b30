using Ecomuna.Core.Background;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ecomuna.Web.Infrastructure.Jobs;

/// <summary>
/// Removes what nobody will use and should not be kept: guests' event registrations never confirmed by email (they
/// hold no seat) after Jobs:UnconfirmedRegistrationDays, and sent mail (which holds personal links) after
/// Jobs:KeepSentMailDays.
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

        return new JobResult($"Removed {registrations} unconfirmed event registrations and {mails} sent mails.", registrations, mails);
    }
}
