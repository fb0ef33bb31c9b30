using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Access;

/// <summary>A contact person of Sotenäs cannot see or change Södertälje's contact persons: for them, those do not exist.</summary>
public abstract class IsolationTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const int SodertaljeContactId = AccessTable.SodertaljeAlternatePoliticianId;

    [Theory]
    [InlineData("/Organisation/Contacts/Edit/")]
    [InlineData("/Organisation/Contacts/End/")]
    public async Task Get_ContactOfAnotherMember_Is404(string url)
    {
        using var client = await ContactPersonAsync(DemoMembers.Sotenas);

        using var response = await client.GetAsync(url + SodertaljeContactId);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Organisation/Contacts/Edit/")]
    [InlineData("/Organisation/Contacts/End/")]
    public async Task Post_ContactOfAnotherMember_Is404AndChangesNothing(string url)
    {
        using var client = await ContactPersonAsync(DemoMembers.Sotenas);
        var ownContactId = await QueryAsync(db => db.ContactPersons
            .Where(c => c.Member!.Name == "Sotenäs" && c.UserId != null).Select(c => c.Id).SingleAsync());
        // A form of their own, with a valid antiforgery token, aimed at the other member's contact.
        var page = await client.GetPageAsync($"/Organisation/Contacts/Edit/{ownContactId}");
        page.QuerySelector("main form")!.SetAttribute("action", url + SodertaljeContactId);

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.FirstName"] = "Kapad" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var contact = await QueryAsync(db => db.ContactPersons.Where(c => c.Id == SodertaljeContactId).Select(c => new { c.FirstName, c.EndedOn, MemberName = c.Member!.Name }).SingleAsync());
        Assert.Equal("Södertälje", contact.MemberName);
        Assert.NotEqual("Kapad", contact.FirstName);
        Assert.Null(contact.EndedOn);
    }
}

public sealed class IsolationTestsOnSqlite(SqliteApp fixture) : IsolationTests<SqliteApp>(fixture);

public sealed class IsolationTestsOnPostgres(PostgresApp fixture) : IsolationTests<PostgresApp>(fixture);
