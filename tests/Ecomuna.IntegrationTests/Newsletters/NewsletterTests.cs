using System.Net;
using Ecomuna.Core.Commitments;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Governance;
using Ecomuna.Core.Newsletters;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Newsletters;

/// <summary>Newsletters: who gets them, subscribing with double opt-in, unsubscribing in one click, the archive.</summary>
public abstract class NewsletterTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Audience_HasEachAddressOnce_WithoutUnsubscribedSuppressedOrUnconfirmed()
    {
        var (newsletterId, contacts) = await NewsletterToGroupAndSubscribersAsync("audience");
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var newsletter = await db.Newsletters.SingleAsync(n => n.Id == newsletterId);

        var recipients = await NewsletterAudience.ResolveAsync(db, newsletter, DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime));

        var addresses = recipients.Select(r => NewsletterAddress.Normalize(r.Email)).ToList();
        Assert.Equal(addresses.Count, addresses.Distinct().Count());
        Assert.Single(addresses, a => a == NewsletterAddress.Normalize(contacts[0]));
        Assert.Contains(NewsletterAddress.Normalize(contacts[1]), addresses);
        Assert.Contains("audience-ok@example.org", addresses);
        Assert.DoesNotContain("audience-optout@example.org", addresses);
        Assert.DoesNotContain("audience-suppressed@example.org", addresses);
        Assert.DoesNotContain("audience-unconfirmed@example.org", addresses);

        var queued = await scope.ServiceProvider.GetRequiredService<NewsletterDispatch>().SendAsync(newsletterId);
        Assert.Equal(recipients.Count, queued);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<NewsletterDispatch>().SendAsync(newsletterId));
        var rows = await db.OutboxMessages.Where(m => m.NewsletterId == newsletterId).ToListAsync();
        Assert.Equal(recipients.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(EmailKind.Bulk, r.Kind));
        Assert.Equal(recipients.Count, (await db.Newsletters.AsNoTracking().SingleAsync(n => n.Id == newsletterId)).RecipientCount);
    }

    [Fact]
    public async Task Subscribe_StoresTheConsentShown_AndCountsOnlyAfterTheLinkIsConfirmed()
    {
        using var client = AnonymousClient();
        var form = await client.GetPageAsync("/Newsletters/Subscribe?culture=en");
        var consent = form.QuerySelector("#consent-text")!.TextContent;

        using var refused = await client.SubmitAsync(form, "#subscribe-form", new Dictionary<string, string> { ["Input.Email"] = "optin@example.org" });
        var again = await Browsing.ParseAsync(refused);
        Assert.Contains("Tick the box", again.QuerySelector("#consent-error")!.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(again, "#subscribe-form",
            new Dictionary<string, string> { ["Input.Email"] = " OptIn@Example.org ", ["Input.Consent"] = "true", ["Input.Language"] = "en" });
        var done = await Browsing.ParseAsync(response);
        Assert.NotNull(done.QuerySelector("#subscribe-done"));

        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var subscriber = await db.NewsletterSubscribers.SingleAsync(s => s.Email == "optin@example.org");
            Assert.Equal(consent, subscriber.ConsentText);
            Assert.StartsWith("I want to receive Ecomuna's newsletter", subscriber.ConsentText, StringComparison.Ordinal);
            Assert.Equal("en", subscriber.ConsentLanguage);
            Assert.Equal("en", subscriber.Language);
            Assert.Null(subscriber.ConfirmedAtUtc);
        }

        var mail = Assert.Single(App.SentMails(), m => m.To.Contains("optin@example.org", StringComparison.Ordinal));
        Assert.Equal("Confirm your newsletter subscription", mail.Subject);
        var link = new Uri(mail.FirstLink());
        var confirm = await client.GetPageAsync(link.PathAndQuery);
        Assert.NotNull(confirm.QuerySelector("#confirm-form"));
        Assert.False(await IsConfirmedAsync("optin@example.org"), "Opening the link must not confirm: mail scanners open links.");

        using var confirmed = await client.SubmitAsync(confirm, "#confirm-form", new Dictionary<string, string>());
        Assert.NotNull((await Browsing.ParseAsync(confirmed)).QuerySelector("#confirmed"));
        Assert.True(await IsConfirmedAsync("optin@example.org"));
    }

    [Fact]
    public async Task SentNewsletter_CarriesTheOneClickHeadersAndAnUnsubscribeLink()
    {
        var (newsletterId, _) = await NewsletterToGroupAndSubscribersAsync("headers");
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsletterDispatch>().SendAsync(newsletterId);
        }

        var mail = Assert.Single(App.SentMails(), m => m.To.Contains("headers-ok@example.org", StringComparison.Ordinal));
        var raw = mail.Raw.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        Assert.Matches(@"(?m)^List-Unsubscribe: <https?://[^>]+/Newsletters/Unsubscribe\?t=[^>]+>", raw);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", raw, StringComparison.Ordinal);
        Assert.Contains("/Newsletters/Unsubscribe?t=", mail.Text, StringComparison.Ordinal);
        Assert.Equal("Test headers", mail.Subject);
    }

    [Fact]
    public async Task OneClickPost_WithoutCookiesOrToken_Unsubscribes_ButATamperedLinkDoesNot()
    {
        var token = Token("oneclick@example.org");
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var tampered = await client.PostAsync("/Newsletters/Unsubscribe?t=" + Uri.EscapeDataString(Tamper(token)), OneClickBody());
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.False(await IsOptedOutAsync("oneclick@example.org"));

        using var response = await client.PostAsync("/Newsletters/Unsubscribe?t=" + Uri.EscapeDataString(token), OneClickBody());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await IsOptedOutAsync("oneclick@example.org"));
    }

    [Fact]
    public async Task OpeningTheUnsubscribeLink_OnlyShowsAButton()
    {
        var token = Token("getonly@example.org");
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Newsletters/Unsubscribe?t=" + Uri.EscapeDataString(token));

        Assert.NotNull(page.QuerySelector("#unsubscribe-form button"));
        Assert.False(await IsOptedOutAsync("getonly@example.org"));

        using var pressed = await client.SubmitAsync(page, "#unsubscribe-form", new Dictionary<string, string>());
        Assert.NotNull((await Browsing.ParseAsync(pressed)).QuerySelector("#unsubscribed"));
        Assert.True(await IsOptedOutAsync("getonly@example.org"));

        var preferences = await client.GetPageAsync("/Newsletters/Preferences?t=" + Uri.EscapeDataString(token));
        using var back = await client.SubmitAsync(preferences, "#preferences-form", new Dictionary<string, string> { ["Receive"] = "true" });
        Assert.NotNull((await Browsing.ParseAsync(back)).QuerySelector("#saved"));
        Assert.False(await IsOptedOutAsync("getonly@example.org"));
    }

    [Fact]
    public async Task Archive_ListsSentNewslettersOnly()
    {
        using var client = AnonymousClient();
        var archive = await client.GetPageAsync("/Newsletters");
        var subjects = archive.QuerySelectorAll("#newsletters a").Select(a => a.TextContent).ToList();
        Assert.Contains("Nyhetsbrev: årets initiativ och höstens kongress", subjects);
        Assert.Contains("Nyhetsbrev: årskonferensen och gröna nyckeltal", subjects);
        Assert.DoesNotContain(subjects, s => s.StartsWith("Utkast", StringComparison.Ordinal));

        var web = await client.GetPageAsync($"/Newsletters/View/{AccessTable.SentNewsletterId}?culture=en");
        Assert.Equal("Newsletter: the annual conference and green key indicators", web.QuerySelector("h1")!.TextContent);
        using var draft = await client.GetAsync($"/Newsletters/View/{AccessTable.DraftNewsletterId}");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [InlineData("sv", "Prenumerera på nyhetsbrevet", "Nyhetsbrev")]
    [InlineData("en", "Subscribe to the newsletter", "Newsletters")]
    public async Task Pages_SpeakTheVisitorsLanguage(string culture, string subscribe, string archive)
    {
        using var client = AnonymousClient();
        Assert.Equal(subscribe, (await client.GetPageAsync($"/Newsletters/Subscribe?culture={culture}")).QuerySelector("h1")!.TextContent);
        Assert.Equal(archive, (await client.GetPageAsync($"/Newsletters?culture={culture}")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AdminComposesPreviewsAndSchedules_TheJobSendsItOnce()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetPageAsync("/Admin/Newsletters/Edit");
        var values = new Dictionary<string, string>
        {
            ["Input.SubjectSv"] = "Schemalagt brev", ["Input.BodySv"] = "Hej **alla**, se [kalendern](https://example.org/kalender).",
            ["Input.SubjectEn"] = "Scheduled letter", ["Input.BodyEn"] = "Hello **everyone**.",
            ["Input.Subscribers"] = "true", ["act"] = "Preview",
        };
        using var previewed = await admin.SubmitAsync(form, "#newsletter-form", values);
        var preview = await Browsing.ParseAsync(previewed);
        Assert.Contains("<strong>alla</strong>", preview.QuerySelector("#preview-html-sv")!.GetAttribute("srcdoc"), StringComparison.Ordinal);
        Assert.Contains("kalendern (https://example.org/kalender)", preview.QuerySelector("#preview-text-sv")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector("#preview-text-en"));

        var later = TimeZoneInfo.ConvertTimeFromUtc(App.Clock.GetUtcNow().UtcDateTime.AddHours(2), TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        values["act"] = "Schedule";
        values["Input.ScheduleAt"] = later.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var scheduled = await admin.SubmitAsync(preview, "#newsletter-form", values);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var newsletter = await db.Newsletters.SingleAsync(n => n.SubjectSv == "Schemalagt brev");
        Assert.Equal(NewsletterStatus.Scheduled, newsletter.Status);
        var job = scope.ServiceProvider.GetServices<Ecomuna.Core.Background.IScheduledJob>().Single(j => j.Name == NewsletterJob.JobName);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.NewsletterId == newsletter.Id));

        App.Clock.Advance(TimeSpan.FromHours(3));
        try
        {
            await job.RunAsync(CancellationToken.None);
            await job.RunAsync(CancellationToken.None);
        }
        finally
        {
            App.Clock.Advance(TimeSpan.FromHours(-3));
        }

        var sent = await db.Newsletters.AsNoTracking().SingleAsync(n => n.Id == newsletter.Id);
        Assert.Equal(NewsletterStatus.Sent, sent.Status);
        Assert.Equal(sent.RecipientCount, await db.OutboxMessages.CountAsync(m => m.NewsletterId == newsletter.Id));
        var progress = await admin.GetPageAsync($"/Admin/Newsletters/Progress/{newsletter.Id}");
        Assert.Equal(sent.RecipientCount.ToString(System.Globalization.CultureInfo.InvariantCulture), progress.QuerySelector("#recipients")!.TextContent);
    }

    [Fact]
    public async Task NewsletterCommitment_IsMissedOnceEveryContactPersonHasUnsubscribed()
    {
        const int memberId = 20;
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        Assert.True((await YearlyCommitments.ForMemberAsync(db, memberId, today.Year, today))!.NewsletterRecipient);

        var emails = await db.ContactPersons.Where(c => c.MemberId == memberId && c.Email != "").Select(c => c.Email).ToListAsync();
        foreach (var email in emails.Skip(1))
        {
            await NewsletterSubscriptions.UnsubscribeAsync(db, email, now);
        }

        Assert.True((await YearlyCommitments.ForMemberAsync(db, memberId, today.Year, today))!.NewsletterRecipient);
        await NewsletterSubscriptions.UnsubscribeAsync(db, emails[0].ToUpperInvariant(), now);
        Assert.False((await YearlyCommitments.ForMemberAsync(db, memberId, today.Year, today))!.NewsletterRecipient);
    }

    private string Token(string email)
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NewsletterLinks>().AddressToken(email);
    }

    private static string Tamper(string token) => (token[^1] == 'A' ? token[..^1] + "B" : token[..^1] + "A");

    private static FormUrlEncodedContent OneClickBody() => new([new("List-Unsubscribe", "One-Click")]);

    private Task<bool> IsOptedOutAsync(string email) =>
        QueryAsync(db => db.NewsletterOptOuts.AnyAsync(o => o.Email == email));

    private Task<bool> IsConfirmedAsync(string email) =>
        QueryAsync(db => db.NewsletterSubscribers.AnyAsync(s => s.Email == email && s.ConfirmedAtUtc != null));

    /// <summary>
    /// A working group of two contact persons and subscribers named after <paramref name="prefix"/>: one confirmed, one
    /// that unsubscribed, one suppressed, one unconfirmed, and the first contact subscribed again in capitals.
    /// </summary>
    private async Task<(int NewsletterId, string[] Contacts)> NewsletterToGroupAndSubscribersAsync(string prefix)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var contacts = await db.ContactPersons.Where(c => c.MemberId == AccessTable.SodertaljeId && c.Email != "" && c.EndedOn == null).OrderBy(c => c.Id).Take(2).ToListAsync();
        var group = new WorkingGroup { Name = $"Group {prefix}", CreatedOn = today.AddDays(-10) };
        db.WorkingGroups.Add(group);
        await db.SaveChangesAsync();
        foreach (var contact in contacts)
        {
            db.Appointments.Add(new Appointment { Body = GoverningBody.WorkingGroup, WorkingGroupId = group.Id, ContactPersonId = contact.Id, From = today.AddDays(-10) });
        }

        void Subscriber(string email, bool confirmed) => db.NewsletterSubscribers.Add(new NewsletterSubscriber
        {
            Email = email, Language = "en", ConsentText = "consent", ConsentLanguage = "en", ConsentGivenAtUtc = now, ConfirmedAtUtc = confirmed ? now : null,
        });
        Subscriber($"{prefix}-ok@example.org", true);
        Subscriber($"{prefix}-optout@example.org", true);
        Subscriber($"{prefix}-suppressed@example.org", true);
        Subscriber($"{prefix}-unconfirmed@example.org", false);
        db.NewsletterOptOuts.Add(new NewsletterOptOut { Email = $"{prefix}-optout@example.org", CreatedAtUtc = now });
        db.EmailSuppressions.Add(new EmailSuppression { Address = $"{prefix}-suppressed@example.org", Reason = "550", CreatedAtUtc = now });
        if (!await db.NewsletterSubscribers.AnyAsync(s => s.Email == NewsletterAddress.Normalize(contacts[0].Email)))
        {
            Subscriber(NewsletterAddress.Normalize(contacts[0].Email), true);
        }

        var newsletter = new Newsletter
        {
            SubjectEn = $"Test {prefix}", BodyEn = "Hello **world**.", AudienceWorkingGroups = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AudienceSubscribers = true, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.Newsletters.Add(newsletter);
        await db.SaveChangesAsync();
        return (newsletter.Id, [contacts[0].Email.ToUpperInvariant(), contacts[1].Email]);
    }
}

public sealed class NewsletterTestsOnSqlite(SqliteApp fixture) : NewsletterTests<SqliteApp>(fixture);

public sealed class NewsletterTestsOnPostgres(PostgresApp fixture) : NewsletterTests<PostgresApp>(fixture);
