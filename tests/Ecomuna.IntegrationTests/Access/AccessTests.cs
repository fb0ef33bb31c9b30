using System.Net;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Access;

/// <summary>The portal signed in as each kind of visitor, one client each, reused by the tests of the class.</summary>
public class SignedInVisitors : IAsyncLifetime
{
    private readonly SqliteApp _app = new();
    private readonly Dictionary<Visitor, HttpClient> _clients = [];

    public EcomunaApp App => _app.App;

    public HttpClient ClientFor(Visitor visitor) => _clients[visitor];

    /// <summary>A new client signed in as the visitor, for a request that would spoil the shared one's session.</summary>
    public Task<HttpClient> NewClientForAsync(Visitor visitor) => NewClientAsync(App, visitor);

    /// <summary>A new client of the app signed in as the visitor.</summary>
    public static Task<HttpClient> NewClientAsync(EcomunaApp app, Visitor visitor) =>
        visitor == Visitor.Anonymous ? Task.FromResult(app.AnonymousClient()) : app.SignedInAsync(EmailOf(visitor));

    private static string EmailOf(Visitor visitor) => visitor switch
    {
        Visitor.ContactPersonOfMemberA => DemoDataSeeder.ContactSodertaljeEmail,
        Visitor.ContactPersonOfMemberB => DemoDataSeeder.ContactSotenasEmail,
        Visitor.NetworkMember => DemoDataSeeder.NetworkMemberEmail,
        _ => DemoDataSeeder.AdminEmail,
    };

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await SeedAsync();
        _clients[Visitor.Anonymous] = App.AnonymousClient();
        foreach (var visitor in new[] { Visitor.ContactPersonOfMemberA, Visitor.ContactPersonOfMemberB, Visitor.NetworkMember, Visitor.Admin })
        {
            _clients[visitor] = await NewClientForAsync(visitor);
        }
    }

    /// <summary>Rows a test class needs beyond the demo data, added before anyone signs in.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await _app.DisposeAsync();
    }
}

public sealed class AccessTests(SignedInVisitors visitors) : IClassFixture<SignedInVisitors>
{
    public static TheoryData<string, Visitor> PagesAndVisitors()
    {
        var data = new TheoryData<string, Visitor>();
        foreach (var page in AccessTable.Pages.Keys)
        {
            foreach (var visitor in Enum.GetValues<Visitor>())
            {
                data.Add(page, visitor);
            }
        }

        return data;
    }

    [Fact]
    public void EveryPage_HasAnExpectationForEveryVisitor()
    {
        var pages = visitors.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .ToHashSet();

        var missing = pages.Except(AccessTable.Pages.Keys).Order().ToList();
        var stale = AccessTable.Pages.Keys.Except(pages).Order().ToList();
        Assert.True(missing.Count == 0, "Pages with no access expectation in AccessTable: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "AccessTable lists pages that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(PagesAndVisitors))]
    public async Task Page_RequestedByVisitor_AnswersAsTheTableSays(string page, Visitor visitor)
    {
        var access = AccessTable.Pages[page];
        var expected = access.For(visitor);
        using var response = await visitors.ClientFor(visitor).GetAsync(access.Url);

        var location = response.Headers.Location?.OriginalString ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK when response.Content.Headers.ContentType?.MediaType == "text/html" => Outcome.Page,
            HttpStatusCode.OK => Outcome.File,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Redirect when location.Contains("/Account/Login", StringComparison.Ordinal) => Outcome.LogIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Denied,
            HttpStatusCode.Redirect => Outcome.Redirect,
            _ => (Outcome)(-1),
        };
        Assert.True(expected == actual,
            $"GET {access.Url} as {visitor}: expected {expected}, got {(int)response.StatusCode} {location}");
    }

    [Theory]
    [InlineData("/Events/Ics/3", Visitor.Anonymous, HttpStatusCode.NotFound)]
    [InlineData("/Events/Ics/3", Visitor.NetworkMember, HttpStatusCode.NotFound)]
    [InlineData("/Events/Ics/3", Visitor.ContactPersonOfMemberA, HttpStatusCode.OK)]
    [InlineData("/Events/Ics/3", Visitor.Admin, HttpStatusCode.OK)]
    [InlineData("/Events/Ics/4", Visitor.Anonymous, HttpStatusCode.NotFound)]
    [InlineData("/Events/Ics/4", Visitor.ContactPersonOfMemberA, HttpStatusCode.NotFound)]
    [InlineData("/Events/Ics/4", Visitor.NetworkMember, HttpStatusCode.NotFound)]
    [InlineData("/Events/Ics/4", Visitor.Admin, HttpStatusCode.OK)]
    public async Task EventCalendarFile_OfAMembersOrBoardEvent_ExistsOnlyForThoseWhoMaySeeIt(string url, Visitor visitor, HttpStatusCode expected)
    {
        // Demo event 3 is for members only, 4 for the board.
        using var response = await visitors.ClientFor(visitor).GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/Examples/Details/8", Visitor.Anonymous, HttpStatusCode.NotFound)]
    [InlineData("/Examples/Details/8", Visitor.ContactPersonOfMemberA, HttpStatusCode.OK)]
    [InlineData("/Examples/Details/8", Visitor.ContactPersonOfMemberB, HttpStatusCode.NotFound)]
    [InlineData("/Examples/Details/8", Visitor.NetworkMember, HttpStatusCode.NotFound)]
    [InlineData("/Examples/Details/8", Visitor.Admin, HttpStatusCode.OK)]
    [InlineData("/Examples/Image/2", Visitor.Anonymous, HttpStatusCode.NotFound)]
    [InlineData("/Examples/Image/2", Visitor.ContactPersonOfMemberA, HttpStatusCode.OK)]
    [InlineData("/Examples/Image/2", Visitor.ContactPersonOfMemberB, HttpStatusCode.NotFound)]
    [InlineData("/Examples/Image/2", Visitor.Admin, HttpStatusCode.OK)]
    public async Task DraftExampleAndItsPicture_ExistOnlyForItsMemberAndTheSecretariat(string url, Visitor visitor, HttpStatusCode expected)
    {
        // Demo example 8 is Södertälje's draft, and picture 2 belongs to it.
        using var response = await visitors.ClientFor(visitor).GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Organisation_ForEachContactPerson_ShowsOnlyTheirOwnMember()
    {
        var pageA = await visitors.ClientFor(Visitor.ContactPersonOfMemberA).GetPageAsync("/Organisation");
        var pageB = await visitors.ClientFor(Visitor.ContactPersonOfMemberB).GetPageAsync("/Organisation");

        Assert.Contains("Södertälje", pageA.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sotenäs", pageA.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sotenäs", pageB.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Södertälje", pageB.Body!.TextContent, StringComparison.Ordinal);
    }
}
