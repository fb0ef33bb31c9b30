using Ecomuna.Core.Newsletters;

namespace Ecomuna.UnitTests.Newsletters;

public sealed class NewsletterStateTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Schedule_ForALaterTime_WaitsForIt()
    {
        var newsletter = Written();

        newsletter.Schedule(Now.AddHours(2), Now);

        Assert.Equal((NewsletterStatus.Scheduled, Now.AddHours(2)), (newsletter.Status, newsletter.ScheduledAtUtc!.Value));
    }

    [Fact]
    public void Schedule_ForATimeThatHasPassed_IsRefused()
    {
        var newsletter = Written();

        var refused = Assert.Throws<InvalidOperationException>(() => newsletter.Schedule(Now, Now));

        Assert.Contains("has passed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(NewsletterStatus.Draft, newsletter.Status);
        Assert.False(Newsletter.CanBeScheduledAt(Now.AddMinutes(-1), Now));
    }

    [Fact]
    public void Schedule_WithoutAudienceOrText_IsRefused()
    {
        var noAudience = new Newsletter { SubjectSv = "Hej", BodySv = "Text" };
        var noText = new Newsletter { AudienceSubscribers = true };

        Assert.Throws<InvalidOperationException>(() => noAudience.Schedule(Now.AddDays(1), Now));
        Assert.Throws<InvalidOperationException>(() => noText.Schedule(Now.AddDays(1), Now));
        Assert.Equal((NewsletterStatus.Draft, NewsletterStatus.Draft), (noAudience.Status, noText.Status));
    }

    [Fact]
    public void KeepAsDraft_AScheduledNewsletter_IsNoLongerSentAtItsTime()
    {
        var newsletter = Written();
        newsletter.Schedule(Now.AddDays(1), Now);

        newsletter.KeepAsDraft();

        Assert.Equal(NewsletterStatus.Draft, newsletter.Status);
    }

    [Fact]
    public void MarkSent_ThenRecipients_IsSentOnceWithItsCount()
    {
        var newsletter = Written();

        newsletter.MarkSent(Now);
        newsletter.RecordRecipients(214);

        Assert.Equal((NewsletterStatus.Sent, Now, 214), (newsletter.Status, newsletter.SentAtUtc!.Value, newsletter.RecipientCount));
        Assert.Throws<InvalidOperationException>(() => newsletter.MarkSent(Now.AddMinutes(1)));
        Assert.Equal(Now, newsletter.SentAtUtc);
    }

    [Fact]
    public void SentNewsletter_CannotBeScheduledOrMadeADraftAgain()
    {
        var newsletter = Written();
        newsletter.MarkSent(Now);

        var scheduling = Assert.Throws<InvalidOperationException>(() => newsletter.Schedule(Now.AddDays(1), Now));
        Assert.Throws<InvalidOperationException>(newsletter.KeepAsDraft);

        Assert.Contains("has been sent", scheduling.Message, StringComparison.Ordinal);
        Assert.Equal((NewsletterStatus.Sent, (DateTime?)null), (newsletter.Status, newsletter.ScheduledAtUtc));
    }

    [Fact]
    public void RecordRecipients_BeforeItIsSent_IsRefused()
    {
        var newsletter = Written();

        Assert.Throws<InvalidOperationException>(() => newsletter.RecordRecipients(3));
        Assert.Equal(0, newsletter.RecipientCount);
    }

    private static Newsletter Written() => new() { Id = 5, SubjectSv = "Nyhetsbrev", BodySv = "Text", AudienceSubscribers = true };
}
