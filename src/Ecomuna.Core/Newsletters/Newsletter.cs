using Ecomuna.Core.Governance;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.Newsletters;

public enum NewsletterStatus
{
    Draft = 1,

    /// <summary>Waits for <see cref="Newsletter.ScheduledAtUtc"/>; the newsletters job sends it then.</summary>
    Scheduled = 2,

    /// <summary>Its mail is in the outbox, one message per recipient; it is in the public archive.</summary>
    Sent = 3,
}

/// <summary>
/// A newsletter in Swedish, English or both, written in Markdown. Each recipient gets it in their language when it
/// exists, else in the other. Its audience is a union of groups; each address gets it once.
/// </summary>
public sealed class Newsletter
{
    public int Id { get; set; }

    public string? SubjectSv { get; set; }
    public string? BodySv { get; set; }
    public string? SubjectEn { get; set; }
    public string? BodyEn { get; set; }

    /// <summary>Changed only by <see cref="KeepAsDraft"/>, <see cref="Schedule"/> and <see cref="MarkSent"/>.</summary>
    public NewsletterStatus Status { get; private set; } = NewsletterStatus.Draft;
    public DateTime? ScheduledAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>How many messages were put in the outbox when it was sent.</summary>
    public int RecipientCount { get; private set; }

    public bool IsSent => Status == NewsletterStatus.Sent;

    /// <summary>Contact persons (of active members) in these roles, comma-separated <see cref="ContactRole"/> numbers.</summary>
    public string AudienceRoles { get; set; } = "";

    /// <summary>The members' delegates, whatever their role.</summary>
    public bool AudienceDelegates { get; set; }

    /// <summary>Limits the contact persons above to members of these kinds; empty means every kind.</summary>
    public string AudienceMemberKinds { get; set; } = "";

    /// <summary>Active network members in these categories, comma-separated <see cref="NetworkCategory"/> numbers.</summary>
    public string AudienceNetworkCategories { get; set; } = "";

    public bool AudienceBoard { get; set; }
    public bool AudienceForum { get; set; }

    /// <summary>Current members of these working groups, comma-separated ids.</summary>
    public string AudienceWorkingGroups { get; set; } = "";

    /// <summary>Public subscribers who confirmed their address.</summary>
    public bool AudienceSubscribers { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }

    public bool HasSwedish => !string.IsNullOrWhiteSpace(SubjectSv);
    public bool HasEnglish => !string.IsNullOrWhiteSpace(SubjectEn);

    public bool HasAudience => AudienceRoles != "" || AudienceDelegates || AudienceNetworkCategories != "" || AudienceBoard || AudienceForum
        || AudienceWorkingGroups != "" || AudienceSubscribers;

    /// <summary>A newsletter can be scheduled only for a time still to come.</summary>
    public static bool CanBeScheduledAt(DateTime atUtc, DateTime nowUtc) => atUtc > nowUtc;

    /// <summary>Keeps the newsletter as a draft: one that was scheduled is no longer sent at its time.</summary>
    /// <exception cref="InvalidOperationException">It has been sent.</exception>
    public void KeepAsDraft()
    {
        ThrowIfSent();
        Status = NewsletterStatus.Draft;
    }

    /// <summary>The newsletters job sends it at <paramref name="atUtc"/>.</summary>
    /// <exception cref="InvalidOperationException">It has been sent, the time has passed, or it has no text or no audience.</exception>
    public void Schedule(DateTime atUtc, DateTime nowUtc)
    {
        ThrowIfSent();
        if (!CanBeScheduledAt(atUtc, nowUtc))
        {
            throw new InvalidOperationException($"Newsletter {Id} cannot be scheduled for {atUtc:u}: that time has passed.");
        }

        if (!HasSwedish && !HasEnglish || !HasAudience)
        {
            throw new InvalidOperationException($"Newsletter {Id} needs a subject in one language and an audience before it is scheduled.");
        }

        Status = NewsletterStatus.Scheduled;
        ScheduledAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    /// <summary>Marks it sent, once; it then goes to the public archive and is no longer edited.</summary>
    /// <exception cref="InvalidOperationException">It has been sent already.</exception>
    public void MarkSent(DateTime nowUtc)
    {
        ThrowIfSent();
        Status = NewsletterStatus.Sent;
        SentAtUtc = nowUtc;
    }

    /// <summary>How many messages its sending put in the outbox.</summary>
    public void RecordRecipients(int count)
    {
        if (!IsSent)
        {
            throw new InvalidOperationException($"Newsletter {Id} has not been sent, so it has no recipients yet.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RecipientCount = count;
    }

    private void ThrowIfSent()
    {
        if (IsSent)
        {
            throw new InvalidOperationException($"Newsletter {Id} has been sent and can no longer be changed.");
        }
    }

    /// <summary>The language a recipient who wants <paramref name="language"/> gets: theirs when written, else the other.</summary>
    public string LanguageFor(string? language) => language == "en"
        ? (HasEnglish || !HasSwedish ? "en" : "sv")
        : (HasSwedish || !HasEnglish ? "sv" : "en");

    public string Subject(string language) => (LanguageFor(language) == "en" ? SubjectEn : SubjectSv) ?? "";

    public string Body(string language) => (LanguageFor(language) == "en" ? BodyEn : BodySv) ?? "";

    public static IReadOnlyList<int> Numbers(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    public static string Join<T>(IEnumerable<T> values) where T : struct =>
        string.Join(',', values.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)).Distinct().Order());

    public IReadOnlyList<ContactRole> Roles => [.. Numbers(AudienceRoles).Select(n => (ContactRole)n)];
    public IReadOnlyList<MemberKind> MemberKinds => [.. Numbers(AudienceMemberKinds).Select(n => (MemberKind)n)];
    public IReadOnlyList<NetworkCategory> NetworkCategories => [.. Numbers(AudienceNetworkCategories).Select(n => (NetworkCategory)n)];
    public IReadOnlyList<int> WorkingGroupIds => Numbers(AudienceWorkingGroups);

    public IEnumerable<GoverningBody> Bodies
    {
        get
        {
            if (AudienceBoard)
            {
                yield return GoverningBody.Board;
            }

            if (AudienceForum)
            {
                yield return GoverningBody.CivilServantsForum;
            }
        }
    }
}

/// <summary>
/// Someone who subscribed on the public form. The subscription counts once they confirm the link mailed to them
/// (double opt-in); the consent is kept as it was given: when, and the exact words shown, in the language shown.
/// </summary>
public sealed class NewsletterSubscriber
{
    public int Id { get; set; }

    /// <summary>Trimmed and lower-case.</summary>
    public string Email { get; set; } = "";

    public string? Name { get; set; }

    /// <summary>The language they want the newsletter in: "sv" or "en".</summary>
    public string Language { get; set; } = "sv";

    public string ConsentText { get; set; } = "";
    public string ConsentLanguage { get; set; } = "sv";
    public DateTime ConsentGivenAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
    public DateTime? UnsubscribedAtUtc { get; set; }

    public bool IsActive => ConfirmedAtUtc is not null && UnsubscribedAtUtc is null;
}

/// <summary>An address that unsubscribed from the newsletter: a subscriber's, a contact person's or a network member's.</summary>
public sealed class NewsletterOptOut
{
    /// <summary>Trimmed and lower-case.</summary>
    public string Email { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One person the newsletter goes to, in the language they would like.</summary>
public sealed record NewsletterRecipient(string Email, string Language);

public static class NewsletterAddress
{
    public static string Normalize(string email) => (email ?? "").Trim().ToLowerInvariant();
}
