using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>Drives pages as a browser does: GET, parse, fill in a form, post it with its antiforgery token.</summary>
public static class Browsing
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}, expected 200.");
        return await ParseAsync(response);
    }

    /// <summary>Parses a response as a document at its own address, so relative form actions resolve.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage!.RequestUri!.ToString();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(address));
    }

    /// <summary>
    /// Submits the form (the first one matching <paramref name="formSelector"/>) with its own fields, the given
    /// values replacing or adding to them, as the named submit button would.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> values, string? submitButton = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked && !values.ContainsKey(name))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    if (!values.ContainsKey(name))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area when !values.ContainsKey(name):
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select when !values.ContainsKey(name):
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlButtonElement { Name: { Length: > 0 } name } button when name == submitButton:
                    fields.Add(new(name, button.Value));
                    break;
            }
        }

        fields.AddRange(values);
        var target = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(target, content);
    }

    /// <summary>Logs in through the real login form and asserts that it worked.</summary>
    public static async Task LogInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetPageAsync("/Account/Login");
        using var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Logging in as {email} answered {(int)response.StatusCode}, expected a redirect.");
    }
}
