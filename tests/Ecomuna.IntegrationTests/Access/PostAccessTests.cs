using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Access;

/// <summary>Every POST handler posted by every kind of visitor, on the shared signed-in sessions.</summary>
public sealed class PostAccessTests(PostingVisitors visitors) : IClassFixture<PostingVisitors>
{
    public static TheoryData<string> Handlers() => [.. PostAccessTable.Handlers.Where(h => !h.Value.EndsSession).Select(h => h.Key)];

    [Fact]
    public async Task EveryPostHandler_HasAnExpectationForEveryVisitor()
    {
        var handlers = await PostHandling.HandlersOfTheAppAsync(visitors.App.Services);

        var listed = PostAccessTable.Handlers.Keys.Select(key => key.Split(" #")[0]).ToHashSet();
        var missing = handlers.Except(listed).Order().ToList();
        var stale = listed.Except(handlers).Order().ToList();
        Assert.True(missing.Count == 0, "POST handlers with no access expectation in PostAccessTable: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "PostAccessTable lists POST handlers that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public Task PostHandler_PostedByEachVisitor_AnswersAsTheTableSays(string handler) =>
        PostHandling.CheckAsync(PostAccessTable.Handlers[handler], visitor => Task.FromResult(visitors.ClientFor(visitor)), dispose: false);
}

/// <summary>
/// The handlers that sign the visitor out or change their sign-in (log out everywhere, a new authenticator) would spoil
/// the shared sessions and one another, so each gets a portal of its own and each visitor posts from a new session.
/// </summary>
public sealed class SessionEndingPostAccessTests : IAsyncLifetime
{
    private readonly SqliteApp _app = new();

    public static TheoryData<string> Handlers() => [.. PostAccessTable.Handlers.Where(h => h.Value.EndsSession).Select(h => h.Key)];

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Handlers))]
    public Task PostHandler_PostedByEachVisitor_AnswersAsTheTableSays(string handler) =>
        PostHandling.CheckAsync(PostAccessTable.Handlers[handler], visitor => SignedInVisitors.NewClientAsync(_app.App, visitor), dispose: true);
}

internal static class PostHandling
{
    /// <summary>Wrong visitors first, so a handler that wrongly lets one through is seen before an allowed visitor changes the object.</summary>
    private static readonly Visitor[] Order = [Visitor.Anonymous, Visitor.NetworkMember, Visitor.ContactPersonOfMemberB, Visitor.ContactPersonOfMemberA, Visitor.Admin];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, string> Tokens = [];

    public static async Task CheckAsync(PageAccess access, Func<Visitor, Task<HttpClient>> clientFor, bool dispose)
    {
        var wrong = new List<string>();
        foreach (var visitor in Order)
        {
            var client = await clientFor(visitor);
            try
            {
                var (actual, detail) = await PostAsync(client, access.Url);
                var expected = access.For(visitor);
                if (expected != actual)
                {
                    wrong.Add($"{visitor}: expected {expected}, got {actual} ({detail})");
                }
            }
            finally
            {
                if (dispose)
                {
                    client.Dispose();
                }
            }
        }

        Assert.True(wrong.Count == 0, $"POST {access.Url}:\n" + string.Join("\n", wrong));
    }

    /// <summary>Posts an empty form with the visitor's antiforgery token, and names what came back.</summary>
    private static async Task<(Outcome Outcome, string Detail)> PostAsync(HttpClient client, string url)
    {
        if (!Tokens.TryGetValue(client, out var token))
        {
            token = await AntiforgeryTokenAsync(client);
            Tokens.Add(client, token);
        }

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync(url, content);
        var location = response.Headers.Location?.OriginalString ?? "";
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.BadRequest => Outcome.BadRequest,
            HttpStatusCode.Redirect when location.Contains("/Account/Login", StringComparison.Ordinal) => Outcome.LogIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Denied,
            HttpStatusCode.Redirect or HttpStatusCode.SeeOther => Outcome.Allowed,
            _ => (Outcome)(-1),
        };
        return (outcome, $"{(int)response.StatusCode} {location}".Trim());
    }

    /// <summary>
    /// An antiforgery token for the client's session: tokens belong to the user, not to the page, so any form the
    /// visitor may see gives one. Signed-in visitors have the logout form on every page (an admin without two-factor
    /// is first sent to set it up, a page that has it too); anonymous ones get the login form.
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var tried = new List<string>();
        var url = "/Account/Manage";
        for (var hop = 0; hop < 3; hop++)
        {
            using var response = await client.GetAsync(url);
            tried.Add($"{url}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                url = response.Headers.Location!.OriginalString;
                continue;
            }

            var page = await Browsing.ParseAsync(response);
            if (page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { Length: > 0 } token)
            {
                return token;
            }

            break;
        }

        throw new InvalidOperationException("No page gave an antiforgery token: " + string.Join(", ", tried));
    }

    /// <summary>"/Page" for a page's default OnPost, "/Page:Name" for OnPostName, as Razor Pages itself finds them.</summary>
    public static async Task<HashSet<string>> HandlersOfTheAppAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new HashSet<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            foreach (var method in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)))
            {
                handlers.Add(method.Name is null ? descriptor.ViewEnginePath : $"{descriptor.ViewEnginePath}:{method.Name}");
            }
        }

        return handlers;
    }
}
