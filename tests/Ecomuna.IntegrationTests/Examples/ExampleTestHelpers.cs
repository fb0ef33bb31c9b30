using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.Examples;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Examples;

/// <summary>Driving the good-example pages: pressing a particular button of a form, making examples directly.</summary>
internal static class ExampleTestHelpers
{
    /// <summary>Submits the form as the button would, following the button's own form action (its page handler).</summary>
    public static async Task<HttpResponseMessage> PressAsync(
        this HttpClient client, IHtmlDocument page, string formSelector, string buttonSelector, IReadOnlyDictionary<string, string> values)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var button = page.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button {buttonSelector} on {page.Url}.");
        var action = button.GetAttribute("formaction");
        if (!string.IsNullOrEmpty(action))
        {
            form.SetAttribute("action", action);
        }

        return await client.SubmitAsync(page, formSelector, values);
    }

    public static void Check(this IHtmlDocument page, string selector) =>
        ((IHtmlInputElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {page.Url}."))).IsChecked = true;

    public static Task<int> ThemeIdAsync(this EcomunaApp app, string nameEn) =>
        app.QueryAsync(db => db.ExampleThemes.Where(t => t.NameEn == nameEn).Select(t => t.Id).SingleAsync());

    public static Task<GoodExample> ExampleAsync(this EcomunaApp app, int id) =>
        app.QueryAsync(db => db.GoodExamples.AsNoTracking()
            .Include(e => e.History).Include(e => e.Themes).Include(e => e.Goals).Include(e => e.Links)
            .SingleAsync(e => e.Id == id));

    /// <summary>Adds examples straight to the database, published at the given time unless told otherwise.</summary>
    public static async Task<List<int>> AddExamplesAsync(
        this EcomunaApp app, int memberId, int count, string title, int year, int[] themeIds, int[] goals, DateTime publishedAtUtc, string body = "Text.",
        ExampleStatus status = ExampleStatus.Published)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var examples = new List<GoodExample>();
        for (var i = 0; i < count; i++)
        {
            var example = new GoodExample
            {
                MemberId = memberId, Title = count == 1 ? title : $"{title} {i + 1}", Summary = "Sammanfattning.", Body = body, Year = year,
                ContactName = "Test Testsson", ContactEmail = "test@example.se",
            };
            example.SetThemes(themeIds);
            example.SetGoals(goals);
            var at = publishedAtUtc.AddMinutes(i);
            example.Created(at.AddDays(-1), null, "Test");
            if (status != ExampleStatus.Draft)
            {
                example.Submit(at.AddHours(-1), null, "Test");
            }

            if (status == ExampleStatus.Published)
            {
                example.Publish(at, null, "Kansliet");
            }

            examples.Add(example);
        }

        db.GoodExamples.AddRange(examples);
        await db.SaveChangesAsync();
        return [.. examples.Select(e => e.Id)];
    }
}
