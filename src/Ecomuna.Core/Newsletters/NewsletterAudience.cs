using Ecomuna.Core.Governance;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.Newsletters;

/// <summary>
/// Who a newsletter goes to: the union of its groups, each address once (the first group that names it decides the
/// language), without the addresses that unsubscribed or that the mail server refused for good.
/// </summary>
public static class NewsletterAudience
{
    public static async Task<IReadOnlyList<NewsletterRecipient>> ResolveAsync(EcomunaDbContext db, Newsletter newsletter, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(newsletter);
        var found = new List<NewsletterRecipient>();

        var roles = newsletter.Roles.ToList();
        var kinds = newsletter.MemberKinds.ToList();
        if (roles.Count > 0 || newsletter.AudienceDelegates)
        {
            var delegates = newsletter.AudienceDelegates;
            var contacts = db.ContactPersons.AsNoTracking()
                .Where(c => c.Email != "" && (c.EndedOn == null || c.EndedOn > today) && c.Member!.Status == MembershipStatus.Active)
                .Where(c => roles.Contains(c.Role) || (delegates && c.IsDelegate));
            if (kinds.Count > 0)
            {
                contacts = contacts.Where(c => kinds.Contains(c.Member!.Kind));
            }

            found.AddRange(await WithLanguage(db, contacts).ToListAsync(ct));
        }

        var bodies = newsletter.Bodies.ToList();
        var groups = newsletter.WorkingGroupIds.ToList();
        if (bodies.Count > 0 || groups.Count > 0)
        {
            var appointed = db.Appointments.AsNoTracking()
                .Where(a => a.From <= today && (a.To == null || a.To > today))
                .Where(a => bodies.Contains(a.Body) || (a.Body == GoverningBody.WorkingGroup && a.WorkingGroupId != null && groups.Contains(a.WorkingGroupId.Value)))
                .Select(a => a.ContactPerson!)
                .Where(c => c.Email != "" && (c.EndedOn == null || c.EndedOn > today));
            found.AddRange(await WithLanguage(db, appointed).ToListAsync(ct));
        }

        var categories = newsletter.NetworkCategories.ToList();
        if (categories.Count > 0)
        {
            found.AddRange(await db.NetworkProfiles.AsNoTracking()
                .Where(p => p.Status == MembershipStatus.Active && categories.Contains(p.Category))
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new NewsletterRecipient(u.Email ?? "", u.PreferredLanguage))
                .ToListAsync(ct));
        }

        if (newsletter.AudienceSubscribers)
        {
            found.AddRange(await db.NewsletterSubscribers.AsNoTracking()
                .Where(s => s.ConfirmedAtUtc != null && s.UnsubscribedAtUtc == null)
                .OrderBy(s => s.Id)
                .Select(s => new NewsletterRecipient(s.Email, s.Language))
                .ToListAsync(ct));
        }

        var excluded = (await db.NewsletterOptOuts.AsNoTracking().Select(o => o.Email).ToListAsync(ct))
            .Concat(await db.EmailSuppressions.AsNoTracking().Select(s => s.Address).ToListAsync(ct))
            .Select(NewsletterAddress.Normalize)
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new List<NewsletterRecipient>(found.Count);
        foreach (var person in found)
        {
            var address = NewsletterAddress.Normalize(person.Email);
            if (address.Length > 0 && !excluded.Contains(address) && seen.Add(address))
            {
                recipients.Add(new NewsletterRecipient(person.Email.Trim(), person.Language == "en" ? "en" : "sv"));
            }
        }

        return recipients;
    }

    private static IQueryable<NewsletterRecipient> WithLanguage(EcomunaDbContext db, IQueryable<ContactPerson> contacts) =>
        contacts.OrderBy(c => c.MemberId).ThenBy(c => c.Id).Select(c => new NewsletterRecipient(
            c.Email, db.Users.Where(u => u.Id == c.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() ?? "sv"));

    /// <summary>
    /// Whether the address gets newsletters: it has not unsubscribed and the mail server has not refused it for good.
    /// </summary>
    public static async Task<bool> ReceivesAsync(EcomunaDbContext db, string email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var address = NewsletterAddress.Normalize(email);
        return !await db.NewsletterOptOuts.AnyAsync(o => o.Email == address, ct)
            && !await db.EmailSuppressions.AnyAsync(s => s.Address == address, ct);
    }
}
