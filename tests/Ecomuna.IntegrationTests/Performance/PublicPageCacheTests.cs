using System.Net;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Performance;

/// <summary>
/// Anonymous visitors get public pages from memory (a cached response carries an Age header); a change made through
/// the admin pages shows at once, signed-in users always get a page of their own, and the language switch works.
/// </summary>
public sealed class PublicPageCacheTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    private const int Sodertalje = 7;

    [Fact]
    public async Task MemberPage_ForAnonymousVisitors_IsCachedAndShowsAnAdminsEditAtOnce()
    {
        var path = $"/Members/Details/{Sodertalje}";
        using var visitor = AnonymousClient();
        using (var first = await visitor.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.False(first.Headers.TryGetValues("Set-Cookie", out var cookies), string.Join("; ", cookies ?? []));
        }

        using (var second = await visitor.GetAsync(path))
        {
            Assert.NotNull(second.Headers.Age);
        }

        var search = "/Members?search=S%C3%B6dert%C3%A4lje";
        (await visitor.GetAsync(search)).Dispose();

        using var admin = await AdminAsync();
        var edit = await admin.GetPageAsync($"/Admin/Members/Edit/{Sodertalje}");
        using var saved = await admin.SubmitAsync(edit, "main form[method='post']", new Dictionary<string, string>
        {
            ["Input.Name"] = "Södertälje kommun, omdöpt",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await visitor.GetPageAsync(path);
        Assert.Equal("Södertälje kommun, omdöpt", after.QuerySelector("h1")!.TextContent);
        var directory = await visitor.GetPageAsync(search);
        Assert.Contains("Södertälje kommun, omdöpt", directory.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPage_ForASignedInUser_IsNeverACachedCopy()
    {
        using var visitor = AnonymousClient();
        (await visitor.GetAsync("/Events")).Dispose();
        (await visitor.GetAsync("/Events")).Dispose();

        using var member = await NetworkMemberAsync();
        using var response = await member.GetAsync("/Events");
        using var again = await member.GetAsync("/Events");

        Assert.Null(response.Headers.Age);
        Assert.Null(again.Headers.Age);
        var page = await Browsing.ParseAsync(again);
        Assert.NotNull(page.QuerySelector("form[action^='/Account/Logout']"));
        Assert.NotNull(page.QuerySelector("form[action^='/Culture'] input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task LanguageSwitch_OnACachedPage_ShowsThePageInTheOtherLanguage()
    {
        using var other = AnonymousClient();
        (await other.GetAsync("/Examples")).Dispose();
        using var visitor = AnonymousClient();
        var swedish = await visitor.GetPageAsync("/Examples");
        Assert.Equal("sv", swedish.DocumentElement.GetAttribute("lang"));
        // The form is the same for every visitor: it carries no token of another visitor's.
        Assert.Null(swedish.QuerySelector("form[action^='/Culture'] input[name='__RequestVerificationToken']"));

        using var switched = await visitor.SubmitAsync(swedish, "form[action^='/Culture']", new Dictionary<string, string>(), submitButton: "culture");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Examples", switched.Headers.Location!.OriginalString);

        var english = await visitor.GetPageAsync("/Examples");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        var swedishAgain = await other.GetPageAsync("/Examples");
        Assert.Equal("sv", swedishAgain.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task LanguageSwitch_WhenSignedInWithoutToken_IsRefused()
    {
        using var member = await NetworkMemberAsync();

        using var response = await member.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_ForABrowserThatAcceptsBrotli_AreCompressed()
    {
        using var visitor = AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
