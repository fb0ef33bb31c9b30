using System.Net;
using System.Text;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Examples;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Examples;

/// <summary>Pictures of examples: taken for what their content is, served with the right type and caching.</summary>
public abstract class ExampleImageTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Upload_TextRenamedToPng_IsRefused_ARealPngIsKeptAndServed()
    {
        var sodertalje = await App.MemberIdAsync("Södertälje");
        var id = (await App.AddExamplesAsync(sodertalje, 1, "Exempel med bild", 2025, [await App.ThemeIdAsync("Energy")], [7],
            App.Clock.GetUtcNow().UtcDateTime, status: ExampleStatus.Draft)).Single();
        using var author = await ContactPersonAsync(DemoMembers.Sodertalje);

        var page = await author.GetPageAsync($"/Organisation/Examples/Images/{id}");
        using (var fake = await author.SubmitWithFilesAsync(page, "#upload-form",
            new Dictionary<string, (string, byte[])> { ["Upload"] = ("solceller.png", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")) },
            new Dictionary<string, string> { ["AltText"] = "Solceller" }))
        {
            Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
            var refused = await Browsing.ParseAsync(fake);
            Assert.Contains("inte en JPEG-, PNG- eller WebP-bild", refused.QuerySelector("#upload-error")!.TextContent, StringComparison.Ordinal);
        }

        using (var noAlt = await author.SubmitWithFilesAsync(page, "#upload-form",
            new Dictionary<string, (string, byte[])> { ["Upload"] = ("bild.png", SimplePng.Gradient(40, 30, (0, 0, 0), (255, 255, 255))) },
            new Dictionary<string, string> { ["AltText"] = "" }))
        {
            Assert.Equal(HttpStatusCode.OK, noAlt.StatusCode);
            Assert.NotEmpty((await Browsing.ParseAsync(noAlt)).QuerySelector("#alt-error")!.TextContent);
        }

        var png = SimplePng.Gradient(40, 30, (0, 128, 0), (255, 255, 0));
        using (var real = await author.SubmitWithFilesAsync(page, "#upload-form",
            new Dictionary<string, (string, byte[])> { ["Upload"] = ("foto.jpg", png) },
            new Dictionary<string, string> { ["AltText"] = "Solceller på taket" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        }

        var images = await author.GetPageAsync($"/Organisation/Examples/Images/{id}");
        var img = images.QuerySelector("#images img")!;
        Assert.Equal("Solceller på taket", img.GetAttribute("alt"));
        Assert.Equal("40", img.GetAttribute("width"));
        var src = img.GetAttribute("src")!;

        using (var served = await author.GetAsync(src))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
            Assert.Contains("private", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        }

        using var anonymous = AnonymousClient();
        using (var hidden = await anonymous.GetAsync(src))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
    }

    [Fact]
    public async Task PublishedPicture_IsServedToEveryoneForCaching()
    {
        using var anonymous = AnonymousClient();

        using var response = await anonymous.GetAsync("/Examples/Image/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.Public, "A published picture may be cached by anyone.");
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(ImageInspector.Inspect(await response.Content.ReadAsByteArrayAsync()));
    }
}

public sealed class ExampleImageTestsOnSqlite(SqliteApp fixture) : ExampleImageTests<SqliteApp>(fixture);

public sealed class ExampleImageTestsOnPostgres(PostgresApp fixture) : ExampleImageTests<PostgresApp>(fixture);
