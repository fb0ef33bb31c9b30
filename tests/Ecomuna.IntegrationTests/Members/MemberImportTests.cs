using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

public abstract class MemberImportTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Import_ValidFile_PreviewsWithoutChangingThenAppliesEverything()
    {
        using var client = await AdminAsync();
        const string csv = "name,kind,county,part_of_country,organisation_number,population,population_year\n"
            + "Nyby,kommun,Uppsala län,Svealand,212000-0142,12345,2025\n"
            + "Ekerö,kommun,Uppsala län,Svealand,,,\n";

        var preview = await UploadAsync(client, csv);

        var rows = preview.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Ny medlem", rows[0], StringComparison.Ordinal);
        Assert.Contains("county", rows[1], StringComparison.Ordinal);
        Assert.Null(await CountyOfAsync("Nyby"));

        using var applied = await client.SubmitAsync(preview, "form[action*='Apply']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        Assert.Equal("Uppsala län", await CountyOfAsync("Nyby"));
        Assert.Equal("Uppsala län", await CountyOfAsync("Ekerö"));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var nyby = await db.Members.Include(m => m.Populations).SingleAsync(m => m.Name == "Nyby");
        Assert.Equal("212000-0142", nyby.OrganisationNumber);
        Assert.Equal(12345, nyby.PopulationFor(2025));
    }

    [Fact]
    public async Task Import_FileWithErrors_ListsEachByLineAndChangesNothingEvenWhenForced()
    {
        using var client = await AdminAsync();
        const string csv = "name,kind,organisation_number,website\n"
            + "Alfaby,kommun,,https://alfaby.se\n"
            + "Betaby,stad,,\n"
            + "Gammaby,kommun,212000-0143,\n"
            + "Alfaby,kommun,,ftp://x\n";

        var preview = await UploadAsync(client, csv);

        var errors = preview.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent).ToList();
        Assert.Contains("Rad 3: ”stad” är ingen typ; skriv kommun eller region.", errors);
        Assert.Contains(errors, e => e.StartsWith("Rad 4: organisationsnumret", StringComparison.Ordinal));
        Assert.Contains("Rad 5: samma name finns redan på rad 2.", errors);
        Assert.Null(preview.QuerySelector("form[action*='Apply']"));

        var page = await client.GetPageAsync("/Admin/Import/Members");
        using var forcedApply = await client.PostAsync("/Admin/Import/Members?handler=Apply", new FormUrlEncodedContent(
            [new("Csv", csv), new("__RequestVerificationToken", Token(page))]));
        Assert.Equal(HttpStatusCode.OK, forcedApply.StatusCode);
        Assert.Null(await CountyOfAsync("Alfaby"));
        using var scope = App.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().Members.AnyAsync(m => m.Name == "Alfaby"));
    }

    [Fact]
    public async Task Import_UnknownColumn_IsReportedOnLineOne()
    {
        using var client = await AdminAsync();

        var preview = await UploadAsync(client, "name,kind,mayor\nX,kommun,Y\n");

        var error = Assert.Single(preview.QuerySelectorAll("[role=alert] li")).TextContent;
        Assert.StartsWith("Rad 1: kolumnen ”mayor” finns inte.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PopulationFile_UpdatesTheYearsFiguresOnly()
    {
        using var client = await AdminAsync();

        var preview = await UploadAsync(client, "name,population,population_year\nSolna,86 000,2030\nNyköping,,2030\n");
        Assert.Empty(preview.QuerySelectorAll("[role=alert] li"));
        using var applied = await client.SubmitAsync(preview, "form[action*='Apply']", new Dictionary<string, string>());

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var solna = await db.Members.Include(m => m.Populations).SingleAsync(m => m.Name == "Solna");
        Assert.Equal(86000, solna.PopulationFor(2030));
        Assert.Equal("Stockholms län", solna.County);
    }

    [Fact]
    public async Task Import_NewMemberWithoutKind_SaysTheKindIsMissing()
    {
        using var client = await AdminAsync();

        var preview = await UploadAsync(client, "name,county\nOkändby,Skåne län\n");

        Assert.Equal("Rad 2: kind saknas.", Assert.Single(preview.QuerySelectorAll("[role=alert] li")).TextContent);
    }

    [Fact]
    public async Task Import_Resignation_KeepsTheMembershipRule()
    {
        using var client = await AdminAsync();
        const string csv = "name,kind,status,member_since,member_until\n"
            + "Deltaby,kommun,utträdd,2010-01-01,\n"
            + "Epsilonby,kommun,aktiv,2010-01-01,2009-12-31\n";

        var preview = await UploadAsync(client, csv);

        var errors = preview.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent).ToList();
        Assert.Contains("Rad 2: en utträdd medlem behöver sista dagen i medlemskapet i kolumnen member_until.", errors);
        Assert.Contains("Rad 3: member_until är före member_since.", errors);
        Assert.Null(preview.QuerySelector("form[action*='Apply']"));

        var fixedFile = await UploadAsync(client, "name,kind,status,member_since,member_until\nDeltaby,kommun,utträdd,2010-01-01,2025-12-31\n");
        using var applied = await client.SubmitAsync(fixedFile, "form[action*='Apply']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var deltaby = await db.Members.SingleAsync(m => m.Name == "Deltaby");
        Assert.Equal((Ecomuna.Core.Members.MembershipStatus.Resigned, new DateOnly(2025, 12, 31)), (deltaby.Status, deltaby.MemberUntil!.Value));
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string csv)
    {
        var page = await client.GetPageAsync("/Admin/Import/Members");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "members.csv" },
        };
        using var response = await client.PostAsync("/Admin/Import/Members?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Browsing.ParseAsync(response);
    }

    private static string Token(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;

    private Task<string?> CountyOfAsync(string name) =>
        QueryAsync(db => db.Members.Where(m => m.Name == name).Select(m => m.County).SingleOrDefaultAsync());
}

public sealed class MemberImportTestsOnSqlite(SqliteApp fixture) : MemberImportTests<SqliteApp>(fixture);

public sealed class MemberImportTestsOnPostgres(PostgresApp fixture) : MemberImportTests<PostgresApp>(fixture);
