namespace Ecomuna.Core.Newsletters;

/// <summary>Unsubscribing and subscribing again, by address: for public subscribers and contact persons alike.</summary>
public static class NewsletterSubscriptions
{
    /// <summary>Stops the newsletter to the address; doing it twice changes nothing.</summary>
    public static async Task UnsubscribeAsync(EcomunaDbContext db, string email, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var address = NewsletterAddress.Normalize(email);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "NewsletterOptOuts" ("Email", "CreatedAtUtc") VALUES ({address}, {nowUtc}) ON CONFLICT ("Email") DO NOTHING""", ct);
        await db.NewsletterSubscribers.Where(s => s.Email == address && s.UnsubscribedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribedAtUtc, nowUtc), ct);
    }

    /// <summary>Lets the newsletter reach the address again; a public subscriber must have confirmed their address once.</summary>
    public static async Task ResubscribeAsync(EcomunaDbContext db, string email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var address = NewsletterAddress.Normalize(email);
        await db.NewsletterOptOuts.Where(o => o.Email == address).ExecuteDeleteAsync(ct);
        await db.NewsletterSubscribers.Where(s => s.Email == address && s.ConfirmedAtUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribedAtUtc, (DateTime?)null), ct);
    }
}
