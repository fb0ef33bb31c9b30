using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

/// <summary>A person who is a contact at two members switches between them.</summary>
public sealed class ActForTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const int OtherMemberId = 20;

    [Fact]
    public async Task ActFor_MemberWithTheirContactRow_IndexShowsThatMember()
    {
        var otherName = await GiveSodertaljeUserARowAtAsync(OtherMemberId);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var index = await client.GetPageAsync("/Organisation");
        Assert.NotNull(index.QuerySelector("a[href='/Organisation/ActFor']"));

        var page = await client.GetPageAsync("/Organisation/ActFor");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.MemberId"] = OtherMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync("/Organisation");
        Assert.Contains(otherName, after.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActFor_MemberWithoutTheirContactRow_Is404()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync("/Organisation/ActFor");

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.MemberId"] = "30" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GiveSodertaljeUserARowAtAsync(int memberId)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var userId = await db.Users.Where(u => u.Email == DemoDataSeeder.ContactSodertaljeEmail).Select(u => u.Id).SingleAsync();
        db.ContactPersons.Add(new ContactPerson
        {
            MemberId = memberId,
            FirstName = "Demo",
            LastName = "Kontakt",
            Role = ContactRole.OtherStaff,
            Email = DemoDataSeeder.ContactSodertaljeEmail,
            UserId = userId,
        });
        await db.SaveChangesAsync();
        return await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleAsync();
    }
}
