using System.Net;
using AngleSharp.Html.Dom;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>Starts long work from a page's form and follows its progress page, as a person watching it would.</summary>
public static class BackgroundWorkPages
{
    /// <summary>Submits the form, follows the progress page until it stops reloading, and returns its final state element.</summary>
    public static async Task<AngleSharp.Dom.IElement> StartAndWaitAsync(this HttpClient client, IHtmlDocument page, string formSelector)
    {
        using var posted = await client.SubmitAsync(page, formSelector, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var progressUrl = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/Admin/Work/", progressUrl, StringComparison.Ordinal);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var progress = await client.GetPageAsync(progressUrl);
            if (progress.QuerySelector("meta[http-equiv='refresh']") is null)
            {
                return progress.QuerySelector("#work-state")!;
            }

            Assert.NotNull(progress.QuerySelector("progress#work-progress"));
            await Task.Delay(50);
        }

        throw new TimeoutException("The work did not finish in 30 seconds.");
    }
}
