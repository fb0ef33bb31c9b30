using System.Net;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Governance;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Governance;

public abstract class GovernanceTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task PublicPage_ShowsTheBoardByPartOfTheCountryAndTheForum()
    {
        using var client = AnonymousClient();
        var page = await client.GetPageAsync("/Governance");

        var headings = page.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Götaland", "Svealand", "Norrland"], headings);
        Assert.Contains("Ersättare", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ordförande", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingABoardSeat_MakesTheAdminPageWarnAboutThatPart()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Governance");
        Assert.NotNull(page.QuerySelector("main [role=status]"));

        var norrlandAlternate = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .First(tr => tr.TextContent.Contains("Norrland", StringComparison.Ordinal) && tr.TextContent.Contains("Ersättare", StringComparison.Ordinal));
        var endForm = (IHtmlFormElement)norrlandAlternate.QuerySelector("form")!;
        using var ended = await client.SubmitAsync(page, $"form[action='{endForm.GetAttribute("action")}']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        var after = await client.GetPageAsync("/Admin/Governance");
        var warning = after.QuerySelector("main [role=alert]")!.TextContent;
        Assert.Contains("Norrland: 1 ersättare ska finnas, men det är 0.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appoint_ToAWorkingGroupWithoutChoosingOne_ExplainsAndKeepsTheChoices()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Governance/Appoint");
        var contactId = ((IHtmlSelectElement)page.QuerySelector("#Input_ContactPersonId")!).Options.Skip(3).First().Value;

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Body"] = "WorkingGroup",
            ["Input.ContactPersonId"] = contactId,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Equal("Välj en öppen arbetsgrupp.", again.QuerySelector("#group-error")!.TextContent);
        Assert.Equal(contactId, ((IHtmlSelectElement)again.QuerySelector("#Input_ContactPersonId")!).Value);
        Assert.True(((IHtmlInputElement)again.QuerySelector("#body-WorkingGroup")!).IsChecked);
    }

    [Fact]
    public async Task WorkingGroup_CreatedThenSomeoneAppointed_IsListedWithThatPerson()
    {
        using var client = await AdminAsync();
        var admin = await client.GetPageAsync("/Admin/Governance");
        using (var created = await client.SubmitAsync(admin, "form[action*='CreateGroup']", new Dictionary<string, string>
        {
            ["NewGroup.Name"] = "Remiss om klimatanpassning",
            ["NewGroup.Purpose"] = "Svara på remissen",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        int groupId, contactId;
        string contactName;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            groupId = (await db.WorkingGroups.SingleAsync(g => g.Name == "Remiss om klimatanpassning")).Id;
            var contact = await db.ContactPersons.OrderBy(c => c.Id).Skip(10).FirstAsync();
            (contactId, contactName) = (contact.Id, contact.FullName);
        }

        var page = await client.GetPageAsync("/Admin/Governance/Appoint");
        using var appointed = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Body"] = nameof(GoverningBody.WorkingGroup),
            ["Input.WorkingGroupId"] = groupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ContactPersonId"] = contactId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);

        var after = await client.GetPageAsync("/Admin/Governance");
        var section = after.QuerySelector($"#group-{groupId}")!.ParentElement!;
        Assert.Contains(contactName, section.TextContent, StringComparison.Ordinal);
    }
}

public sealed class GovernanceTestsOnSqlite(SqliteApp fixture) : GovernanceTests<SqliteApp>(fixture);

public sealed class GovernanceTestsOnPostgres(PostgresApp fixture) : GovernanceTests<PostgresApp>(fixture);
