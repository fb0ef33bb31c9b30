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
        var form = FindForm(page, formSelector);
        var fields = FieldsOf(form, values.ContainsKey, submitButton, withFileInputs: true);
        fields.AddRange(values);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Target(page, form), content);
    }

    /// <summary>
    /// Submits a file-upload form (<c>enctype="multipart/form-data"</c>) as a browser without JavaScript does: its own
    /// fields, including the antiforgery token, the given values replacing or adding to them, and the files by the
    /// name of their file input. The form must ask for multipart encoding, as a plain form post needs it to send a file.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(
        this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, (string FileName, byte[] Content)> files,
        IReadOnlyDictionary<string, string>? values = null, string? submitButton = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        values ??= new Dictionary<string, string>();
        var form = FindForm(page, formSelector);
        Assert.True(string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase),
            $"The form '{formSelector}' on {page.Url} sends {form.Enctype}, so a browser would not send its files.");
        Assert.True(string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase), $"The form '{formSelector}' on {page.Url} is not posted.");

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form, name => values.ContainsKey(name) || files.ContainsKey(name), submitButton, withFileInputs: false).Concat(values))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, file) in files)
        {
            Assert.True(form.QuerySelector($"input[type=file][name='{name}']") is not null, $"The form '{formSelector}' on {page.Url} has no file input named {name}.");
            content.Add(new ByteArrayContent(file.Content), name, file.FileName);
        }

        return await client.PostAsync(Target(page, form), content);
    }

    private static IHtmlFormElement FindForm(IHtmlDocument page, string formSelector) =>
        page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");

    private static string Target(IHtmlDocument page, IHtmlFormElement form) =>
        string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;

    /// <summary>The fields the form sends of itself, leaving out those the caller gives; file inputs only when asked for.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, Func<string, bool> isGiven, string? submitButton, bool withFileInputs)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked && !isGiven(name))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "file" } when !withFileInputs:
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    if (!isGiven(name))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area when !isGiven(name):
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select when !isGiven(name):
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlButtonElement { Name: { Length: > 0 } name } button when name == submitButton:
                    fields.Add(new(name, button.Value));
                    break;
            }
        }

        return fields;
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
        var location = response.Headers.Location!.OriginalString;
        if (location.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) && email == Ecomuna.Core.Demo.DemoDataSeeder.AdminEmail)
        {
            // The demo admin uses two-factor authentication with the key documented in the README.
            var codePage = await client.GetPageAsync(location);
            using var withCode = await client.SubmitAsync(codePage, "main form", new Dictionary<string, string>
            {
                ["Input.TwoFactorCode"] = Totp.Code(Ecomuna.Core.Demo.DemoDataSeeder.AdminAuthenticatorKey, DateTimeOffset.UtcNow),
            });
            Assert.True(withCode.StatusCode == HttpStatusCode.Redirect, $"The authenticator code of {email} answered {(int)withCode.StatusCode}, expected a redirect.");
        }
    }
}
