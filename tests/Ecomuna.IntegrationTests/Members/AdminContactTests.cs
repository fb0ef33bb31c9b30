using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

/// <summary>The secretariat's contact pages. Each test works on a member of its own, as the class shares one database.</summary>
public sealed class AdminContactTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task Edit_SecondPoliticianAsDelegate_IsRefusedNamingTheExistingDelegate()
    {
        const int memberId = 10;
        var member = await QueryAsync(db => db.Members.Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.Name,
                Delegate = m.Contacts.Where(c => c.IsDelegate && c.Role == ContactRole.Politician).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
            })
            .SingleAsync());
        var second = await AddContactAsync(memberId, ContactRole.Politician);
        using var client = await AdminAsync();

        var page = await client.GetPageAsync($"/Admin/Contacts/Edit/{second}");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.IsDelegate"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Browsing.ParseAsync(response);
        Assert.Contains($"{member.Name} har redan ett röstberättigat ombud som är politiker: {member.Delegate}.", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.ContactPersons.Where(c => c.Id == second).Select(c => c.IsDelegate).SingleAsync()));
    }

    [Fact]
    public async Task Edit_OtherStaffAsDelegate_IsRefused()
    {
        var staff = await AddContactAsync(11, ContactRole.OtherStaff);
        using var client = await AdminAsync();

        var page = await client.GetPageAsync($"/Admin/Contacts/Edit/{staff}");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.IsDelegate"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Browsing.ParseAsync(response);
        Assert.Contains("Bara politiker och tjänstepersoner kan vara ombud", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.ContactPersons.Where(c => c.Id == staff).Select(c => c.IsDelegate).SingleAsync()));
    }

    [Fact]
    public async Task End_Delegate_RemovesTheVote()
    {
        const int memberId = 12;
        var delegateId = await QueryAsync(db => db.ContactPersons.Where(c => c.MemberId == memberId && c.IsDelegate && c.Role == ContactRole.Politician).Select(c => c.Id).SingleAsync());
        using var client = await AdminAsync();

        var page = await client.GetPageAsync($"/Admin/Contacts/End/{delegateId}");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Contacts/Member/{memberId}", response.Headers.Location!.OriginalString);
        var ended = await QueryAsync(db => db.ContactPersons.Where(c => c.Id == delegateId).Select(c => new { c.EndedOn, c.IsDelegate }).SingleAsync());
        Assert.NotNull(ended.EndedOn);
        Assert.False(ended.IsDelegate);
    }

    [Fact]
    public async Task Missing_AfterPoliticianEnded_ListsTheMember()
    {
        const int memberId = 13;
        var politician = await QueryAsync(db => db.ContactPersons.Where(c => c.MemberId == memberId && c.Role == ContactRole.Politician).Select(c => c.Id).SingleAsync());
        using var client = await AdminAsync();
        var before = await client.GetPageAsync("/Admin/Contacts/Missing");
        Assert.Null(before.QuerySelector($"a[href='/Admin/Contacts/Create/{memberId}']"));

        var page = await client.GetPageAsync($"/Admin/Contacts/End/{politician}");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var missing = await client.GetPageAsync("/Admin/Contacts/Missing");
        var link = missing.QuerySelector($"a[href='/Admin/Contacts/Create/{memberId}']");
        Assert.NotNull(link);
        Assert.Contains("Politiker", link.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnknownContact_Is404()
    {
        using var client = await AdminAsync();

        using var response = await client.GetAsync("/Admin/Contacts/Edit/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> AddContactAsync(int memberId, ContactRole role)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var contact = new ContactPerson { MemberId = memberId, FirstName = "Extra", LastName = $"Person{Guid.NewGuid():N}"[..20], Role = role, Email = "extra@example.org" };
        db.ContactPersons.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }
}
