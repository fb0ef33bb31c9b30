using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Members;

/// <summary>A contact person of Södertälje keeps the organisation's details current.</summary>
public sealed class SelfServiceTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const int SodertaljeId = 7;

    [Fact]
    public async Task Edit_InvoiceReference_IsSavedAndRecordedWithTheirEmail()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync("/Organisation/Edit");
        var fieldNames = page.QuerySelectorAll("main form [name]").Select(e => e.GetAttribute("name")!).ToList();
        Assert.Contains("Input.InvoiceReference", fieldNames);
        Assert.DoesNotContain(fieldNames, name => name.Contains("Status", StringComparison.Ordinal) || name.Contains("Population", StringComparison.Ordinal));

        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.InvoiceReference"] = "Miljö 4711" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.Equal("Miljö 4711", await db.Members.Where(m => m.Id == SodertaljeId).Select(m => m.InvoiceReference).SingleAsync());
        var change = await db.ChangeLog
            .Where(e => e.MemberId == SodertaljeId && e.EntityType == "Member" && e.Property == "InvoiceReference")
            .OrderBy(e => e.Id)
            .LastAsync();
        Assert.Equal("Miljö 4711", change.NewValue);
        Assert.Equal(DemoDataSeeder.ContactSodertaljeEmail, change.ChangedBy);
    }

    [Fact]
    public async Task Confirm_Details_SetsTheDateAndRemovesTheNotConfirmedFlag()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync("/Organisation");
        Assert.NotNull(page.QuerySelector("#not-confirmed"));

        using var response = await client.SubmitAsync(page, "#confirm-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync("/Organisation");
        Assert.Null(after.QuerySelector("#not-confirmed"));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        Assert.NotNull(await db.Members.Where(m => m.Id == SodertaljeId).Select(m => m.DetailsConfirmedAt).SingleAsync());
        var userId = await db.Users.Where(u => u.Email == DemoDataSeeder.ContactSodertaljeEmail).Select(u => u.Id).SingleAsync();
        Assert.NotNull(await db.ContactPersons.Where(c => c.UserId == userId && c.MemberId == SodertaljeId).Select(c => c.DetailsConfirmedAt).SingleAsync());
    }
}
