using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Examples;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Examples;

/// <summary>A good example's way from the author through the secretariat to the public, and who may touch it.</summary>
public abstract class ExampleWorkflowTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Example_WrittenSubmittedReturnedResubmittedPublishedUnpublished_AuthorIsMailedAndHistoryKept()
    {
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var admin = await AdminAsync();
        using var anonymous = AnonymousClient();
        var title = "Laddstolpar vid alla förskolor " + Guid.NewGuid().ToString("N")[..6];

        var form = await author.GetPageAsync("/Organisation/Examples/Edit");
        form.Check($"#theme-{await App.ThemeIdAsync("Transport")}");
        form.Check("#goal-7");
        form.Check("#goal-13");
        using (var response = await author.PressAsync(form, "#example-form", "#submit-button", Fields(title)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var id = await IdOfAsync(title);
        var example = await App.ExampleAsync(id);
        Assert.Equal(ExampleStatus.Submitted, example.Status);
        Assert.Equal(await App.MemberIdAsync("Södertälje"), example.MemberId);
        Assert.Equal([7, 13], example.GoalNumbers);
        Assert.Equal("https://www.sodertalje.se/laddstolpar", Assert.Single(example.Links).Url);
        using (var hidden = await anonymous.GetAsync($"/Examples/Details/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var queue = await admin.GetPageAsync("/Admin/Examples?status=Submitted");
        Assert.NotNull(queue.QuerySelector($"#examples tr[data-example-id='{id}']"));

        // Returning needs a comment.
        var review = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        using (var noComment = await admin.PressAsync(review, "#decision-form", "#return-button", new Dictionary<string, string> { ["Comment"] = "" }))
        {
            Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
            var page = await Browsing.ParseAsync(noComment);
            Assert.Contains("Skriv vad författaren behöver ändra", page.QuerySelector("#comment-error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(ExampleStatus.Submitted, (await App.ExampleAsync(id)).Status);
        review = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        using (var returned = await admin.PressAsync(review, "#decision-form", "#return-button", new Dictionary<string, string> { ["Comment"] = "Lägg till hur många laddstolpar." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Equal(ExampleStatus.Returned, (await App.ExampleAsync(id)).Status);
        var returnMail = Assert.Single(App.SentMails(), m => m.To.Contains(DemoDataSeeder.ContactSodertaljeEmail, StringComparison.Ordinal) && m.Text.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Ditt goda exempel behöver ändras", returnMail.Subject);
        Assert.Contains("Lägg till hur många laddstolpar.", returnMail.Text, StringComparison.Ordinal);
        Assert.Contains($"/Organisation/Examples/Edit/{id}", returnMail.FirstLink(), StringComparison.Ordinal);

        // The author sees the comment, changes the text and submits again.
        var edit = await author.GetPageAsync($"/Organisation/Examples/Edit/{id}");
        Assert.Contains("Lägg till hur många laddstolpar.", edit.QuerySelector("#return-comment")!.TextContent, StringComparison.Ordinal);
        using (var resubmitted = await author.PressAsync(edit, "#example-form", "#submit-button", new Dictionary<string, string> { ["Input.Body"] = "Vi har byggt 48 laddstolpar." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        review = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        using (var published = await admin.PressAsync(review, "#decision-form", "#publish-button", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var publishedExample = await App.ExampleAsync(id);
        Assert.Equal(ExampleStatus.Published, publishedExample.Status);
        Assert.NotNull(publishedExample.PublishedAtUtc);
        Assert.Contains(App.SentMails(), m => m.Subject == "Ditt goda exempel är publicerat" && m.Text.Contains(title, StringComparison.Ordinal)
            && m.FirstLink().Contains($"/Examples/Details/{id}", StringComparison.Ordinal));
        var publicPage = await anonymous.GetPageAsync($"/Examples/Details/{id}");
        Assert.Equal(title, publicPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("48 laddstolpar", publicPage.QuerySelector("#body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, publicPage.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));

        // A published example is locked for the author.
        var locked = await author.GetPageAsync($"/Organisation/Examples/Edit/{id}");
        Assert.NotNull(locked.QuerySelector("#not-editable"));
        Assert.Null(locked.QuerySelector("#example-form"));

        review = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        using (var unpublished = await admin.PressAsync(review, "#decision-form", "#unpublish-button", new Dictionary<string, string> { ["Comment"] = "Uppgifterna stämmer inte." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        using (var gone = await anonymous.GetAsync($"/Examples/Details/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Contains(App.SentMails(), m => m.Subject == "Ditt goda exempel är inte längre publicerat" && m.Text.Contains("Uppgifterna stämmer inte.", StringComparison.Ordinal));
        var history = (await App.ExampleAsync(id)).History.OrderBy(h => h.Id).Select(h => h.To).ToList();
        Assert.Equal(
            [ExampleStatus.Draft, ExampleStatus.Submitted, ExampleStatus.Returned, ExampleStatus.Submitted, ExampleStatus.Published, ExampleStatus.Unpublished],
            history);
        var historyTable = await admin.GetPageAsync($"/Admin/Examples/Review/{id}");
        Assert.Equal(6, historyTable.QuerySelectorAll("#history tbody tr").Length);
        Assert.Contains("Demo Admin (kansliet)", historyTable.QuerySelector("#history tbody tr:last-child")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutTitleThemeOrGoal_ShowsPlainErrorsAndKeepsWhatWasTyped()
    {
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await author.GetPageAsync("/Organisation/Examples/Edit");

        using var response = await author.PressAsync(form, "#example-form", "#save-button", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Summary"] = "En sammanfattning som ska finnas kvar.",
            ["Input.Body"] = "Text",
            ["Input.Links[0].Url"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        Assert.Contains("Rubrik", page.QuerySelector("#title-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("minst ett tema", page.QuerySelector("#themes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("minst ett av de globala målen", page.QuerySelector("#goals-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelector("#link-0-error")!.TextContent);
        Assert.Equal("En sammanfattning som ska finnas kvar.", page.QuerySelector("#Input_Summary")!.TextContent);
    }

    [Fact]
    public async Task Preview_WithoutJavaScript_ShowsTheRenderedTextAndKeepsTheForm()
    {
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await author.GetPageAsync("/Organisation/Examples/Edit");

        using var response = await author.PressAsync(form, "#example-form", "#preview-button", new Dictionary<string, string>
        {
            ["Input.Title"] = "Förhandsvisning",
            ["Input.Body"] = "## Rubrik\n\n**Fet** text och <script>alert('x')</script> [länk](javascript:alert(1))",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browsing.ParseAsync(response);
        var preview = page.QuerySelector("#preview-output")!;
        Assert.Equal("Rubrik", preview.QuerySelector("h2")!.TextContent);
        Assert.Equal("Fet", preview.QuerySelector("strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.Equal("#", preview.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Förhandsvisning", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Null(await IdOrNullAsync("Förhandsvisning"));
    }

    [Fact]
    public async Task Render_ForThePagesScript_ReturnsTheSafePreviewAlone()
    {
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        var form = await author.GetPageAsync("/Organisation/Examples/Edit");
        form.QuerySelector("#example-form")!.SetAttribute("action", "/Organisation/Examples/Edit?handler=Render");

        using var response = await author.SubmitAsync(form, "#example-form", new Dictionary<string, string> { ["Input.Body"] = "**fet** <b>rå</b>" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>fet</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MemberB_CannotSeeOrChangeMemberAsDraftById()
    {
        using var memberB = await ContactPersonAsync(DemoMembers.Sotenas);
        var draftId = Access.AccessTable.SodertaljeDraftExampleId;
        var before = await App.ExampleAsync(draftId);

        foreach (var url in new[] { $"/Organisation/Examples/Edit/{draftId}", $"/Organisation/Examples/Images/{draftId}", $"/Examples/Details/{draftId}" })
        {
            using var response = await memberB.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        // B's own new-example form, sent to A's example: the token is valid, the example is not B's.
        var ownForm = await memberB.GetPageAsync("/Organisation/Examples/Edit");
        ownForm.QuerySelector("#example-form")!.SetAttribute("action", $"/Organisation/Examples/Edit/{draftId}?handler=Submit");
        ownForm.Check($"#theme-{await App.ThemeIdAsync("Energy")}");
        ownForm.Check("#goal-7");
        using (var post = await memberB.SubmitAsync(ownForm, "#example-form", Fields("Kapat av Sotenäs")))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        ownForm.QuerySelector("#example-form")!.SetAttribute("action", $"/Organisation/Examples/Edit/{draftId}?handler=Delete");
        using (var delete = await memberB.SubmitAsync(ownForm, "#example-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }

        var after = await App.ExampleAsync(draftId);
        Assert.Equal(before.Title, after.Title);
        Assert.Equal(ExampleStatus.Draft, after.Status);
        var own = await memberB.GetPageAsync("/Organisation/Examples");
        Assert.Null(own.QuerySelector($"tr[data-example-id='{draftId}']"));
    }

    [Fact]
    public async Task Publish_ByAContactPerson_IsDeniedAndChangesNothing()
    {
        var sodertalje = await App.MemberIdAsync("Södertälje");
        var id = (await App.AddExamplesAsync(sodertalje, 1, "Väntar på kansliet", 2024, [await App.ThemeIdAsync("Water")], [6],
            App.Clock.GetUtcNow().UtcDateTime, status: ExampleStatus.Submitted)).Single();
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);
        var ownPage = await author.GetPageAsync("/Organisation/Examples");

        // Any form of the page carries a valid token; the layout's language form is posted to the secretariat's handler.
        var form = ownPage.QuerySelector("form[action^='/Culture']")!;
        form.SetAttribute("action", $"/Admin/Examples/Review/{id}?handler=Publish");
        using var response = await author.SubmitAsync(ownPage, "form[action^='/Admin']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ExampleStatus.Submitted, (await App.ExampleAsync(id)).Status);
    }

    [Fact]
    public async Task DeleteDraft_ByItsAuthor_RemovesIt()
    {
        var sodertalje = await App.MemberIdAsync("Södertälje");
        var id = (await App.AddExamplesAsync(sodertalje, 1, "Utkast att ta bort", 2025, [await App.ThemeIdAsync("Food")], [2],
            App.Clock.GetUtcNow().UtcDateTime, status: ExampleStatus.Draft)).Single();
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await author.GetPageAsync($"/Organisation/Examples/Edit/{id}");
        using var response = await author.SubmitAsync(page, "#delete-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await IdOrNullAsync("Utkast att ta bort"));
    }

    [Fact]
    public async Task MembersWithPublishedExample_CountsOnlyExamplesFirstPublishedThatYearAndStillPublic()
    {
        var kalix = await App.MemberIdAsync("Kalix");
        var boden = await App.MemberIdAsync("Boden");
        var theme = await App.ThemeIdAsync("Energy");
        await App.AddExamplesAsync(kalix, 1, "Kalix 2019", 2019, [theme], [7], new DateTime(2019, 6, 1, 10, 0, 0, DateTimeKind.Utc));
        await App.AddExamplesAsync(boden, 1, "Boden 2019 utkast", 2019, [theme], [7], new DateTime(2019, 6, 1, 10, 0, 0, DateTimeKind.Utc), status: ExampleStatus.Submitted);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var in2019 = await db.MembersWithPublishedExampleAsync(2019);
        var in2020 = await db.MembersWithPublishedExampleAsync(2020);

        Assert.Contains(kalix, in2019);
        Assert.DoesNotContain(boden, in2019);
        Assert.DoesNotContain(kalix, in2020);
        Assert.True(await db.HasPublishedExampleAsync(kalix, 2019));
        Assert.False(await db.HasPublishedExampleAsync(boden, 2019));
    }

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Alla förskolor har fått laddstolpar för personalens bilar.",
        ["Input.Body"] = "Vi har byggt **laddstolpar**.",
        ["Input.Year"] = "2025",
        ["Input.ContactName"] = "Anna Andersson",
        ["Input.ContactEmail"] = "anna.andersson@sodertalje.example",
        ["Input.Links[0].Url"] = "https://www.sodertalje.se/laddstolpar",
        ["Input.Links[0].Text"] = "Kommunens sida om laddstolpar",
    };

    private async Task<int> IdOfAsync(string title) => await IdOrNullAsync(title) ?? throw new InvalidOperationException($"No example {title}.");

    private Task<int?> IdOrNullAsync(string title) =>
        QueryAsync(db => db.GoodExamples.Where(e => e.Title == title).Select(e => (int?)e.Id).SingleOrDefaultAsync());
}

public sealed class ExampleWorkflowTestsOnSqlite(SqliteApp fixture) : ExampleWorkflowTests<SqliteApp>(fixture);

public sealed class ExampleWorkflowTestsOnPostgres(PostgresApp fixture) : ExampleWorkflowTests<PostgresApp>(fixture);
