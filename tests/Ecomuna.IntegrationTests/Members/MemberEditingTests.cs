using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public sealed class MemberEditingTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const int Sodertalje = 7;
    private const int Sotenas = 68;

    [Fact]
    public async Task Create_WithWrongOrganisationNumber_ShowsTheErrorAndKeepsTheName()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Members/Create");

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Name"] = "Felnummerby kommun",
            ["Input.OrganisationNumber"] = "212000-0143",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Contains("Organisationsnumret stämmer inte", again.QuerySelector("#orgnr-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Felnummerby kommun", again.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("212000-0143", again.QuerySelector("input[name='Input.OrganisationNumber']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Create_WithValidOrganisationNumber_StoresItNormalizedAndShowsTheDetails()
    {
        Assert.Equal("212000-0142", OrganisationNumber.Normalize("2120000142"));
        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Members/Create");

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Name"] = "Nyby kommun",
            ["Input.OrganisationNumber"] = "2120000142",
            ["Input.County"] = "Nybys län",
            ["Input.PartOfCountry"] = "Svealand",
            ["Input.Website"] = "https://nyby.se",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Nyby kommun", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Nyby kommun", details.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("212000-0142", details.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        using var scope = App.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Members.SingleAsync(m => m.Name == "Nyby kommun");
        Assert.Equal("212000-0142", stored.OrganisationNumber);
    }

    [Fact]
    public async Task Edit_ChangedCounty_ShowsInTheHistoryWithTheAdminAndBothValues()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Members/Edit/{Sotenas}");
        var oldCounty = page.QuerySelector("input[name='Input.County']")!.GetAttribute("value");

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.County"] = "Bohusläns län",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var change = details.QuerySelectorAll("#history tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())
            .First(cells => cells[2] == "Län");
        Assert.Equal(DemoDataSeeder.AdminEmail, change[1]);
        Assert.Equal(oldCounty, change[3]);
        Assert.Equal("Bohusläns län", change[4]);
    }

    [Fact]
    public async Task Edit_ResignedWithoutEndDate_AsksForTheEndDate()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Members/Edit/{Sodertalje}");

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Status"] = "Resigned",
            ["Input.MemberUntil"] = "",
            ["Input.Website"] = "ftp://sodertalje.se",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Contains("Medlem till", again.QuerySelector("#until-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", again.QuerySelector("#website-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Population_ForANewYear_ShowsOnDetailsAndInTheList()
    {
        using var client = await AdminAsync();
        var page = await client.GetPageAsync($"/Admin/Members/Population/{Sodertalje}");
        var year = App.Clock.GetUtcNow().Year + 1;

        using var response = await client.SubmitAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Population"] = "104321",
            ["Input.ReferenceDate"] = $"{year}-12-31",
            ["Input.Source"] = "SCB",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var newest = details.QuerySelector("table tbody tr")!;
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), newest.QuerySelector("th")!.TextContent);
        Assert.Equal("104321", Digits(newest.QuerySelector("td")!.TextContent));
        var list = await client.GetPageAsync("/Admin/Members?q=s%C3%B6dert%C3%A4lje");
        var population = list.QuerySelector("#members tbody tr")!.QuerySelectorAll("td")[3].TextContent;
        Assert.Equal($"104321{year}", Digits(population));
    }

    [Fact]
    public async Task List_LacksContact_ShowsAMemberWhoseCivilServantHasEnded()
    {
        await ExecuteAsync(async db =>
        {
            var yesterday = DateOnly.FromDateTime(App.Clock.GetUtcNow().AddDays(-1).DateTime);
            var civilServants = await db.Set<ContactPerson>().Where(c => c.MemberId == Sotenas && c.Role == ContactRole.CivilServant).ToListAsync();
            civilServants.ForEach(c => c.End(yesterday));
        });

        using var client = await AdminAsync();

        var page = await client.GetPageAsync("/Admin/Members?lacksContact=true");

        var names = page.QuerySelectorAll("#members tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Sotenäs", names);
        Assert.DoesNotContain("Södertälje", names);
        Assert.NotNull(page.QuerySelector("input#lacksContact[checked]"));
    }

    [Fact]
    public async Task Details_UnknownMember_Answers404()
    {
        using var client = await AdminAsync();

        using var response = await client.GetAsync("/Admin/Members/Details/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
