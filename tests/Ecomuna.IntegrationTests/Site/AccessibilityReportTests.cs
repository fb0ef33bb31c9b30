using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Examples;

namespace Ecomuna.IntegrationTests.Site;

/// <summary>A visitor's accessibility report reaches the secretariat: in the admin list and by mail.</summary>
public abstract class AccessibilityReportTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Report_WithoutADescription_KeepsWhatWasTypedAndSaysWhatIsMissing()
    {
        using var client = AnonymousClient();
        var form = await client.GetPageAsync("/Accessibility/Report?from=/Events");
        Assert.Equal("/Events", form.QuerySelector("#Input_Page")!.GetAttribute("value"));

        using var refused = await client.SubmitAsync(form, "#report-form", new Dictionary<string, string>
        {
            ["Input.Description"] = "", ["Input.Name"] = "Alva", ["Input.Email"] = "inte-en-adress",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browsing.ParseAsync(refused);
        Assert.Contains("Beskriv problemet", page.QuerySelector("#description-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelector("#email-error")!.TextContent);
        Assert.Equal("Alva", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("/Events", page.QuerySelector("#Input_Page")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Report_ReachesTheAdminListAndTheSecretariatsMail_AndCanBeMarkedHandled()
    {
        var before = App.SentMails().Count;
        using var client = AnonymousClient();
        var form = await client.GetPageAsync("/Accessibility/Report?culture=en");

        using var sent = await client.SubmitAsync(form, "#report-form", new Dictionary<string, string>
        {
            ["Input.Page"] = "The calendar", ["Input.Description"] = "The date picker cannot be used with a keyboard.", ["Input.Email"] = "alva@example.org",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = App.SentMails().Skip(before).Single();
        Assert.Equal("kansliet@ekokommuner.example", mail.To);
        Assert.Equal("Ny rapport om en tillgänglighetsbrist", mail.Subject);
        Assert.Contains("The date picker cannot be used with a keyboard.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("alva@example.org", mail.Text, StringComparison.Ordinal);
        Assert.EndsWith("/Admin/AccessibilityReports", mail.FirstLink(), StringComparison.Ordinal);

        using var admin = await AdminAsync();
        var list = await admin.GetPageAsync("/Admin/AccessibilityReports?open=true");
        var report = list.QuerySelectorAll("#reports > li").Single(li => li.QuerySelector("h2")!.TextContent == "The calendar");
        Assert.Contains("cannot be used with a keyboard", report.QuerySelector(".report-description")!.TextContent, StringComparison.Ordinal);

        using (var handled = await admin.SubmitAsync(list, "#reports > li form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        }

        var open = await admin.GetPageAsync("/Admin/AccessibilityReports?open=true");
        Assert.DoesNotContain(open.QuerySelectorAll("#reports h2"), h => h.TextContent == "The calendar");
        var all = await admin.GetPageAsync("/Admin/AccessibilityReports");
        Assert.NotNull(all.QuerySelectorAll("#reports > li").Single(li => li.QuerySelector("h2")!.TextContent == "The calendar").QuerySelector(".badge"));
    }

    [Fact]
    public async Task AdminList_IsForTheSecretariatOnly()
    {
        using var contact = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var response = await contact.GetAsync("/Admin/AccessibilityReports");

        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class AccessibilityReportTestsOnSqlite(SqliteApp fixture) : AccessibilityReportTests<SqliteApp>(fixture);

public sealed class AccessibilityReportTestsOnPostgres(PostgresApp fixture) : AccessibilityReportTests<PostgresApp>(fixture);
