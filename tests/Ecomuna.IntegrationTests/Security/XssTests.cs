using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Security;

/// <summary>
/// Saves every payload of <c>xss-payloads.txt</c> into every free-text field of the portal's forms and reads every page
/// that shows them back: the payload must come back as text, never as a script, an event handler or a javascript: link.
/// </summary>
public sealed class XssTests(SignedInVisitors visitors) : IClassFixture<SignedInVisitors>
{
    /// <summary>A form, who fills it in, the fields that are not free text, and the pages that show what was saved.</summary>
    public sealed record FormCase(string Name, Visitor Author, string FormUrl, string[] NotFreeText, string[] Markdown, (Visitor Visitor, string Url)[] ShownOn)
    {
        /// <summary>CSV exports that show the fields: a value starting like a formula must come out as text there.</summary>
        public string[] CsvOn { get; init; } = [];

        /// <summary>Values the form needs besides the payloads (a link is kept only with its address).</summary>
        public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
    }

    public static readonly IReadOnlyList<FormCase> Forms =
    [
        new("Member details", Visitor.ContactPersonOfMemberA, "/Organisation/Edit", ["Input.PostalCode", "Input.Website"], [],
            [(Visitor.ContactPersonOfMemberA, "/Organisation"), (Visitor.Admin, $"/Admin/Members/Details/{AccessTable.SodertaljeId}")]),
        new("Contact", Visitor.ContactPersonOfMemberA, $"/Organisation/Contacts/Edit/{AccessTable.SodertaljeAlternatePoliticianId}", ["Email", "Phone"], [],
            [(Visitor.ContactPersonOfMemberA, "/Organisation"), (Visitor.Admin, $"/Admin/Contacts/Member/{AccessTable.SodertaljeId}")]),
        new("Site page", Visitor.Admin, "/Admin/SitePages/Edit/about", ["Input.Slug"], ["Input.BodySv", "Input.BodyEn"],
            [(Visitor.Anonymous, "/About/about"), (Visitor.Admin, "/Admin/SitePages")]),
        new("Good example", Visitor.ContactPersonOfMemberA, $"/Organisation/Examples/Edit/{AccessTable.SodertaljeDraftExampleId}", ["Input.Year", "Input.ContactEmail", .. Enumerable.Range(0, 5).Select(i => $"Input.Links[{i}].Url")], ["Input.Body"],
            [(Visitor.ContactPersonOfMemberA, $"/Examples/Details/{AccessTable.SodertaljeDraftExampleId}"), (Visitor.Admin, $"/Admin/Examples/Review/{AccessTable.SodertaljeDraftExampleId}"), (Visitor.ContactPersonOfMemberA, "/Organisation/Examples")])
        {
            Extra = Enumerable.Range(0, 5).ToDictionary(i => $"Input.Links[{i}].Url", i => $"https://example.org/{i}"),
        },
        new("Event", Visitor.Admin, "/Admin/Events/Edit/1",
            ["Input.OnlineLink", "Input.TimeZone", "Input.MemberPrice", "Input.NetworkMemberPrice", "Input.NonMemberPrice", "Input.VatPercent", "Input.Capacity"], ["Input.Description"],
            [(Visitor.Anonymous, "/Events/Details/1"), (Visitor.Anonymous, "/Events"), (Visitor.Admin, "/Admin/Events")]),
        new("News", Visitor.Admin, "/Admin/News/Edit/1", [], ["Input.BodySv", "Input.BodyEn"],
            [(Visitor.Anonymous, "/News/Details/1"), (Visitor.Anonymous, "/News"), (Visitor.Admin, "/Admin/News")]),
        new("Member (admin)", Visitor.Admin, $"/Admin/Members/Edit/{AccessTable.SodertaljeId}", ["Input.PostalCode", "Input.Website", "Input.OrganisationNumber", "Input.Population", "Input.CountryCode", "Input.MunicipalityCode"], [],
            [(Visitor.Admin, $"/Admin/Members/Details/{AccessTable.SodertaljeId}"), (Visitor.Admin, "/Admin/Members"), (Visitor.Anonymous, $"/Members/Details/{AccessTable.SodertaljeId}")])
        {
            CsvOn = ["/Admin/Members?handler=Csv"],
        },
        new("Contact (admin)", Visitor.Admin, $"/Admin/Contacts/Edit/{AccessTable.SodertaljeCivilServantId}", ["Email", "Phone"], [],
            [(Visitor.Admin, $"/Admin/Contacts/Member/{AccessTable.SodertaljeId}"), (Visitor.ContactPersonOfMemberA, "/Organisation")]),
        new("International partner", Visitor.Admin, "/Admin/International/Partner/1", ["Input.Slug", "Input.Website", "Input.Position", "Input.ContactEmail"], ["Input.DescriptionSv", "Input.DescriptionEn"],
            [(Visitor.Anonymous, "/International/argentina"), (Visitor.Anonymous, "/International"), (Visitor.Admin, "/Admin/International")]),
        new("Accessibility report", Visitor.Anonymous, "/Accessibility/Report", ["Input.Email"], [],
            [(Visitor.Admin, "/Admin/AccessibilityReports")]),
    ];

    public static TheoryData<string> FormNames() => [.. Forms.Select(f => f.Name)];

    private static readonly string[] Payloads = [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "xss-payloads.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(FormNames))]
    public async Task Payload_SavedInEveryFreeTextField_ComesBackAsText(string form)
    {
        var formCase = Forms.Single(f => f.Name == form);
        var problems = new List<string>();
        for (var p = 0; p < Payloads.Length; p++)
        {
            var author = visitors.ClientFor(formCase.Author);
            var page = await author.GetPageAsync(formCase.FormUrl);
            var fields = FreeTextFields(page, formCase);
            Assert.True(fields.Count > 0, $"{form}: no free-text field found on {formCase.FormUrl}.");
            var values = fields.ToDictionary(f => f, f => Payloads[p].Replace("MARK", Marker(form, fields.IndexOf(f), p), StringComparison.Ordinal));
            var legend = string.Join(", ", fields.Select(f => $"{Marker(form, fields.IndexOf(f), p)} = {f}"));
            using (var response = await author.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string>(values.Concat(formCase.Extra))))
            {
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    var again = await Browsing.ParseAsync(response);
                    var errors = string.Join(" | ", again.QuerySelectorAll(".field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim()));
                    problems.Add($"payload {p}: saving answered {(int)response.StatusCode}: {errors}");
                    continue;
                }
            }

            foreach (var (visitor, url) in formCase.ShownOn.Append((formCase.Author, formCase.FormUrl)))
            {
                if (visitor == Visitor.Anonymous && formCase.Author == Visitor.Anonymous && url == formCase.FormUrl)
                {
                    continue;
                }

                var shown = await visitors.ClientFor(visitor).GetPageAsync(url);
                problems.AddRange(Injected(shown, form).Select(problem => $"payload {p} on {url}: {problem} ({legend})"));
            }

            // The form shows what was saved as it was typed, so a payload that closes a textarea or an attribute shows up here.
            if (formCase.Author != Visitor.Anonymous)
            {
                var edit = await author.GetPageAsync(formCase.FormUrl);
                foreach (var (field, value) in values)
                {
                    var control = edit.QuerySelector($"main form [name='{field}']");
                    var shownValue = control switch
                    {
                        IHtmlTextAreaElement area => area.Value,
                        IHtmlInputElement input => input.Value,
                        _ => null,
                    };
                    if (shownValue is not null && shownValue.Trim() != value.Trim())
                    {
                        problems.Add($"payload {p}: {field} comes back in the form as '{shownValue}', not as typed");
                    }
                }
            }

            foreach (var url in formCase.CsvOn)
            {
                var csv = await visitors.ClientFor(Visitor.Admin).GetStringAsync(url);
                if (!csv.Contains(FormMarker(form), StringComparison.Ordinal))
                {
                    problems.Add($"payload {p}: {url} shows none of the fields");
                }

                // A spreadsheet runs a field that starts with = + - @ as a formula, quoted or not.
                foreach (var line in csv.Split('\n').Where(l => l.Contains(FormMarker(form), StringComparison.Ordinal)))
                {
                    if (System.Text.RegularExpressions.Regex.IsMatch(line, "(^|[,;])\"?[=+\\-@]"))
                    {
                        problems.Add($"payload {p}: {url} has a field that starts like a formula: {Short(line)}");
                    }
                }
            }

            var plain = fields.Except(formCase.Markdown).ToList();
            var anyShown = false;
            foreach (var (visitor, url) in formCase.ShownOn)
            {
                var shown = await visitors.ClientFor(visitor).GetPageAsync(url);
                var text = shown.Body!.TextContent;
                anyShown |= plain.Any(f => text.Contains(values[f].Trim(), StringComparison.Ordinal));
            }

            if (plain.Count > 0 && !anyShown)
            {
                problems.Add($"payload {p}: no page shows any of the fields {string.Join(", ", plain)} as text");
            }
        }

        Assert.True(problems.Count == 0, $"{form}:\n" + string.Join("\n", problems.Take(30)));
    }

    /// <summary>Visible inputs that take any text, and text areas, of the form's first posted form.</summary>
    private static List<string> FreeTextFields(IHtmlDocument page, FormCase formCase)
    {
        var form = page.QuerySelector("main form[method=post]")!;
        return
        [
            .. form.QuerySelectorAll("input, textarea")
                .Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement input && input.Type is "text" or "search" && !input.IsReadOnly))
                .Select(e => e.GetAttribute("name"))
                .OfType<string>()
                .Where(name => !formCase.NotFreeText.Contains(name))
                .Distinct(),
        ];
    }

    /// <summary>Short, as some fields take only 100 characters: the form's number, the field's and the payload's.</summary>
    private static string Marker(string form, int field, int payload) => $"{FormMarker(form)}f{field}p{payload}";

    private static string FormMarker(string form) => $"xss{Forms.Select(f => f.Name).ToList().IndexOf(form)}";

    /// <summary>What the payloads of this form tried to create and the page did create: scripts, event handlers, script links.</summary>
    private static IEnumerable<string> Injected(IHtmlDocument page, string form)
    {
        var marker = FormMarker(form);
        foreach (var element in page.QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "svg" or "style" or "base" && (element.TextContent + string.Join(" ", element.Attributes.Select(a => a.Value))).Contains(marker, StringComparison.Ordinal))
            {
                yield return $"a <{element.LocalName}> element carrying the marker: {Short(element.OuterHtml)}";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Value.Contains(marker, StringComparison.Ordinal))
                {
                    yield return $"an event handler attribute {attribute.Name} on <{element.LocalName}>: {Short(element.OuterHtml)}";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "style" && IsScriptUrl(attribute.Value))
                {
                    yield return $"a script URL in {attribute.Name} of <{element.LocalName}>: {Short(element.OuterHtml)}";
                }
            }
        }
    }

    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("data:text/html", StringComparison.Ordinal)
            || squeezed.Contains("url(javascript:", StringComparison.Ordinal);
    }

    private static string Short(string html) => html.Length > 160 ? html[..160] + "…" : html;
}
