using Ecomuna.Core.Accounts;

namespace Ecomuna.Core.Audit;

/// <summary>What an audit entry is about: a type ("User", "Invoice", "KeyIndicator", ...) and its id.</summary>
public sealed record AuditTarget(string Type, string? Id)
{
    public static AuditTarget User(AppUser user) => new("User", user?.Id);
}

/// <summary>Where the portal learns who is acting and from where: the signed-in user of the request, if any.</summary>
public interface IAuditContext
{
    /// <summary>The signed-in user's id, or null outside a request or for a visitor.</summary>
    string? UserId { get; }

    /// <summary>The signed-in user's email from the login, used when the account is gone.</summary>
    string? UserEmail { get; }

    string? IpAddress { get; }
}

/// <summary>Commands and background work: no user, no address.</summary>
public sealed class SystemAuditContext : IAuditContext
{
    public string? UserId => null;
    public string? UserEmail => null;
    public string? IpAddress => null;
}

/// <summary>
/// Writes the audit log. <see cref="RecordAsync"/> adds an entry to the context, so it is saved in the same
/// SaveChanges as the action it describes (and <see cref="Withdraw"/> takes it back if the action fails);
/// <see cref="SaveAsync"/> is for actions that save nothing themselves, such as a sign-in or an export.
/// Summaries must never hold a password, token, security stamp, link with a token or two-factor code.
/// </summary>
public sealed class AuditLog(EcomunaDbContext db, TimeProvider clock, IAuditContext context)
{
    public const int SummaryLength = 500;

    /// <param name="actor">The account concerned when nobody is signed in yet (sign-in, password reset); else the signed-in user.</param>
    public async Task<AuditEntry> RecordAsync(
        string kind, string summary, AuditTarget? target = null, AuditOutcome outcome = AuditOutcome.Succeeded, AppUser? actor = null,
        CancellationToken ct = default)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            Summary = Cut(summary, SummaryLength)!,
            TargetType = Cut(target?.Type, 64),
            TargetId = Cut(target?.Id, 128),
            Outcome = outcome,
            IpAddress = Cut(context.IpAddress, 45),
        };
        if (actor is not null)
        {
            (entry.ActorUserId, entry.ActorEmail, entry.ActorName) = (actor.Id, actor.Email, actor.DisplayName);
        }
        else if (context.UserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
            (entry.ActorUserId, entry.ActorEmail, entry.ActorName) = (userId, user?.Email ?? context.UserEmail, user?.DisplayName);
        }

        entry.ActorEmail = Cut(entry.ActorEmail, 256);
        entry.ActorName = Cut(entry.ActorName, 200);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records and saves at once, with whatever else the context holds.</summary>
    public async Task<AuditEntry> SaveAsync(
        string kind, string summary, AuditTarget? target = null, AuditOutcome outcome = AuditOutcome.Succeeded, AppUser? actor = null,
        CancellationToken ct = default)
    {
        var entry = await RecordAsync(kind, summary, target, outcome, actor, ct);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>Takes back an entry not yet saved, for an action that did not happen after all.</summary>
    public void Withdraw(AuditEntry entry) => db.Entry(entry).State = EntityState.Detached;

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
