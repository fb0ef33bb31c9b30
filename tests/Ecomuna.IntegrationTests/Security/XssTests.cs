using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ecomuna.IntegrationTests.Access;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

        /// <summary>Values that must differ from one save to the next (addresses, organisation numbers), by payload number.</summary>
        public Func<int, IReadOnlyDictionary<string, string>>? ExtraFor { get; init; }

        /// <summary>The form to fill in, when the page has several.</summary>
        public string FormSelector { get; init; } = "main form[method=post]";

        /// <summary>Each save adds a record and the form comes back empty, so what was saved is read on the other pages only.</summary>
        public bool Adds { get; init; }

        /// <summary>Fields that take one choice a line: the payload goes in as two lines.</summary>
        public string[] Lines { get; init; } = [];

        /// <summary>Made once before the payloads (a survey of the test's own); its number replaces {setup} in the addresses.</summary>
        public Func<SignedInVisitors, Task<int>>? Setup { get; init; }

        /// <summary>Made before each payload (an application for the admin to decline).</summary>
        public Func<SignedInVisitors, int, Task>? BeforeEach { get; init; }

        /// <summary>What was saved goes out by email: the mails are read like the pages.</summary>
        public bool Mailed { get; init; }

        /// <summary>The fields' length limit: longer payloads are refused by the form's validation, so only the others are saved.</summary>
        public int MaxLength { get; init; } = int.MaxValue;
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
            CsvOn = ["/Admin/Examples?handler=Csv"],
        },
        new("Event", Visitor.Admin, "/Admin/Events/Edit/1",
            ["Input.OnlineLink", "Input.TimeZone", "Input.MemberPrice", "Input.NetworkMemberPrice", "Input.NonMemberPrice", "Input.VatPercent", "Input.Capacity"], ["Input.Description"],
            [(Visitor.Anonymous, "/Events/Details/1"), (Visitor.Anonymous, "/Events"), (Visitor.Admin, "/Admin/Events")]),
        new("News", Visitor.Admin, "/Admin/News/Edit/1", [], ["Input.BodySv", "Input.BodyEn"],
            [(Visitor.Anonymous, "/News/Details/1"), (Visitor.Anonymous, "/News"), (Visitor.Admin, "/Admin/News")]),
        new("Member (admin)", Visitor.Admin, $"/Admin/Members/Edit/{AccessTable.SodertaljeId}", ["Input.PostalCode", "Input.Website", "Input.OrganisationNumber", "Input.Population", "Input.CountryCode", "Input.MunicipalityCode"], [],
            [(Visitor.Admin, $"/Admin/Members/Details/{AccessTable.SodertaljeId}"), (Visitor.Admin, "/Admin/Members"), (Visitor.Anonymous, $"/Members/Details/{AccessTable.SodertaljeId}")])
        {
            CsvOn = ["/Admin/Members?handler=Csv", "/Admin/Commitments?handler=Csv", $"/Indicators/Member/{AccessTable.SodertaljeId}?handler=Csv", "/Admin/Governance/VotingRegister?handler=Csv"],
        },
        new("Contact (admin)", Visitor.Admin, $"/Admin/Contacts/Edit/{AccessTable.SodertaljeCivilServantId}", ["Email", "Phone"], [],
            [(Visitor.Admin, $"/Admin/Contacts/Member/{AccessTable.SodertaljeId}"), (Visitor.ContactPersonOfMemberA, "/Organisation")]),
        new("International partner", Visitor.Admin, "/Admin/International/Partner/1", ["Input.Slug", "Input.Website", "Input.Position", "Input.ContactEmail"], ["Input.DescriptionSv", "Input.DescriptionEn"],
            [(Visitor.Anonymous, "/International/argentina"), (Visitor.Anonymous, "/International"), (Visitor.Admin, "/Admin/International")]),
        new("Accessibility report", Visitor.Anonymous, "/Accessibility/Report", ["Input.Email"], [],
            [(Visitor.Admin, "/Admin/AccessibilityReports")]) { Mailed = true },
        new("Membership application", Visitor.Anonymous, "/Join/Membership", ["Input.OrganisationNumber"], [],
            [(Visitor.Admin, "/Admin/Applications")])
        {
            Adds = true,
            ExtraFor = p => ApplicationValues(p),
        },
        new("Declined application", Visitor.Admin, "/Admin/Applications", [], [], [])
        {
            FormSelector = "main form[action*='handler=Decline']",
            Adds = true,
            Mailed = true,
            BeforeEach = ApplyAsync,
        },
        new("Network application", Visitor.Anonymous, "/Join/Network", ["Input.CountryCode"], [],
            [(Visitor.Admin, "/Admin/Network")])
        {
            Adds = true,
            Mailed = true,
            ExtraFor = p => new Dictionary<string, string>
            {
                ["Input.Email"] = $"xss-network-{p}@example.org",
                ["Input.Password"] = "en lång fras om gröna kommuner 7",
                ["Input.CountryCode"] = "SE",
            },
        },
        new("Change request", Visitor.ContactPersonOfMemberA, "/Organisation/ChangeRequests/Create/Population", [], [],
            [(Visitor.Admin, "/Admin/ChangeRequests"), (Visitor.ContactPersonOfMemberA, "/Organisation")])
        {
            Adds = true,
            ExtraFor = _ => PopulationChange(),
        },
        new("Declined change request", Visitor.Admin, "/Admin/ChangeRequests", [], [],
            [(Visitor.Admin, "/Admin/ChangeRequests"), (Visitor.ContactPersonOfMemberA, "/Organisation")])
        {
            FormSelector = "main form.decline",
            Adds = true,
            Mailed = true,
            BeforeEach = AskForPopulationChangeAsync,
        },
        new("Survey", Visitor.Admin, $"/Admin/Surveys/Edit/{AccessTable.CurrentMembershipSurveyId}", ["Input.ReminderDays"], [],
            [(Visitor.ContactPersonOfMemberA, "/Organisation/Surveys"), (Visitor.ContactPersonOfMemberA, $"/Organisation/Surveys/Answer/{AccessTable.CurrentMembershipSurveyId}"),
             (Visitor.ContactPersonOfMemberA, "/Organisation"), (Visitor.Admin, "/Admin/Surveys"), (Visitor.Admin, $"/Admin/Surveys/Results/{AccessTable.CurrentMembershipSurveyId}")])
        {
            FormSelector = "#survey-form",
        },
        new("Survey question", Visitor.Admin, "/Admin/Surveys/Question/{setup}", [], [],
            [(Visitor.Admin, "/Admin/Surveys/Edit/{setup}"), (Visitor.ContactPersonOfMemberA, "/Organisation/Surveys/Answer/{setup}"), (Visitor.Admin, "/Admin/Surveys/Results/{setup}")])
        {
            FormSelector = "#question-form",
            Adds = true,
            Lines = ["Input.OptionsSv", "Input.OptionsEn"],
            Extra = new Dictionary<string, string> { ["Input.Kind"] = "SingleChoice" },
            Setup = NewSurveyAsync,
        },
        new("Survey answer", Visitor.ContactPersonOfMemberA, $"/Organisation/Surveys/Answer/{AccessTable.CurrentMembershipSurveyId}", ["q9"], [],
            [(Visitor.Admin, $"/Admin/Surveys/Results/{AccessTable.CurrentMembershipSurveyId}")])
        {
            FormSelector = "#answer-form",
            // The demo survey's required questions: a scale (6), a single choice (7) and a number (9).
            Extra = new Dictionary<string, string> { ["intent"] = "submit", ["q6"] = "4", ["q7"] = "0", ["q9"] = "3" },
            CsvOn = [$"/Admin/Surveys/Results/{AccessTable.CurrentMembershipSurveyId}?handler=Csv"],
        },
        new("Newsletter", Visitor.Admin, "/Admin/Newsletters/Edit", [], ["Input.BodySv", "Input.BodyEn"],
            [(Visitor.Anonymous, "/Newsletters/View/{created}"), (Visitor.Anonymous, "/Newsletters"), (Visitor.Admin, "/Admin/Newsletters/Progress/{created}"), (Visitor.Admin, "/Admin/Newsletters")])
        {
            FormSelector = "#newsletter-form",
            Adds = true,
            Mailed = true,
            Extra = new Dictionary<string, string> { ["act"] = "Send", ["Input.Subscribers"] = "true" },
        },
        new("Event guest registration", Visitor.Anonymous, "/Events/Details/1", [], [],
            [(Visitor.Admin, "/Admin/Events/Participants/1")])
        {
            FormSelector = "main form[action*='handler=Guest']",
            Adds = true,
            Mailed = true,
            ExtraFor = p => new Dictionary<string, string> { ["Guest.Email"] = $"xss-guest-{p}@example.org" },
            CsvOn = ["/Admin/Events/Participants/1?handler=Csv"],
        },
        new("Indicator correction", Visitor.Admin, $"/Admin/Indicators/Value/{AccessTable.SodertaljeIndicatorValueId}", ["Input.Value"], [],
            [(Visitor.ContactPersonOfMemberA, $"/Organisation/Indicators/Value/{AccessTable.SodertaljeIndicatorValueId}"), (Visitor.Admin, $"/Admin/Indicators/Value/{AccessTable.SodertaljeIndicatorValueId}")])
        {
            FormSelector = "#correct-form",
            Adds = true,
            ExtraFor = p => new Dictionary<string, string> { ["Input.Value"] = (100 + p).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Confirmed"] = "true" },
        },
        new("Invoice payment", Visitor.Admin, $"/Admin/Invoices/Details/{AccessTable.SodertaljeInvoiceId}", ["Payment.Amount"], [],
            [(Visitor.Admin, $"/Admin/Invoices/Details/{AccessTable.SodertaljeInvoiceId}")])
        {
            FormSelector = "#payment-form",
            Adds = true,
            MaxLength = 35,
            ExtraFor = _ => new Dictionary<string, string> { ["Payment.Amount"] = "1" },
        },
        new("Working group", Visitor.Admin, "/Admin/Governance", [], [],
            [(Visitor.Anonymous, "/Governance"), (Visitor.Admin, "/Admin/Governance"), (Visitor.Admin, "/Admin/Governance/Appoint")])
        {
            FormSelector = "main form[action*='handler=CreateGroup']",
            Adds = true,
        },
    ];

    public static TheoryData<string> FormNames() => [.. Forms.Select(f => f.Name)];

    private static readonly string[] Payloads = [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "xss-payloads.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(FormNames))]
    public async Task Payload_SavedInEveryFreeTextField_ComesBackAsText(string form)
    {
        var formCase = Forms.Single(f => f.Name == form);
        var setup = formCase.Setup is null ? "" : (await formCase.Setup(visitors)).ToString(CultureInfo.InvariantCulture);
        var problems = new List<string>();
        var saved = 0;
        for (var p = 0; p < Payloads.Length; p++)
        {
            if (Payloads[p].Replace("MARK", Marker(form, 9, p), StringComparison.Ordinal).Length > formCase.MaxLength)
            {
                continue;
            }

            saved++;
            if (formCase.BeforeEach is not null)
            {
                await formCase.BeforeEach(visitors, p);
            }

            var author = visitors.ClientFor(formCase.Author);
            var formUrl = formCase.FormUrl.Replace("{setup}", setup, StringComparison.Ordinal);
            var page = await author.GetPageAsync(formUrl);
            var fields = FreeTextFields(page, formCase);
            Assert.True(fields.Count > 0, $"{form}: no free-text field found in '{formCase.FormSelector}' on {formUrl}.");
            var values = fields.ToDictionary(f => f, f => Payloads[p].Replace("MARK", Marker(form, fields.IndexOf(f), p), StringComparison.Ordinal));
            foreach (var field in formCase.Lines.Where(values.ContainsKey))
            {
                values[field] = values[field] + "\n" + Marker(form, fields.IndexOf(field), p) + " B";
            }

            var legend = string.Join(", ", fields.Select(f => $"{Marker(form, fields.IndexOf(f), p)} = {f}"));
            var extra = formCase.ExtraFor?.Invoke(p) ?? new Dictionary<string, string>();
            var mailsBefore = await LastMailIdAsync();
            string created;
            using (var response = await author.SubmitAsync(page, formCase.FormSelector, new Dictionary<string, string>(values.Concat(formCase.Extra).Concat(extra))))
            {
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    var again = await Browsing.ParseAsync(response);
                    var errors = string.Join(" | ", again.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, [role=alert]").Select(e => e.TextContent.Trim()).Where(e => e.Length > 0));
                    problems.Add($"payload {p}: saving answered {(int)response.StatusCode}: {errors}");
                    continue;
                }

                created = System.Text.RegularExpressions.Regex.Match(response.Headers.Location!.OriginalString, @"(\d+)(?:[?#].*)?$").Groups[1].Value;
            }

            var shownOn = formCase.ShownOn
                .Select(s => (s.Visitor, Url: s.Url.Replace("{setup}", setup, StringComparison.Ordinal).Replace("{created}", created, StringComparison.Ordinal)))
                .ToList();
            foreach (var (visitor, url) in shownOn.Append((formCase.Author, formUrl)))
            {
                if (visitor == Visitor.Anonymous && formCase.Author == Visitor.Anonymous && url == formUrl)
                {
                    continue;
                }

                var shown = await visitors.ClientFor(visitor).GetPageAsync(url);
                problems.AddRange(Injected(shown, form).Select(problem => $"payload {p} on {url}: {problem} ({legend})"));
            }

            var mails = formCase.Mailed ? await MailsSinceAsync(mailsBefore, form) : [];
            foreach (var mail in mails)
            {
                var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(mail.HtmlBody);
                problems.AddRange(Injected(html, form).Select(problem => $"payload {p} in the mail '{Short(mail.Subject)}' to {mail.To}: {problem} ({legend})"));
            }

            // The form shows what was saved as it was typed, so a payload that closes a textarea or an attribute shows up here.
            if (formCase.Author != Visitor.Anonymous && !formCase.Adds)
            {
                var edit = await author.GetPageAsync(formUrl);
                foreach (var (field, value) in values)
                {
                    var control = edit.QuerySelector($"{formCase.FormSelector} [name='{field}']");
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
            var texts = new List<string>(mails.Select(m => m.TextBody));
            foreach (var (visitor, url) in shownOn)
            {
                var shown = await visitors.ClientFor(visitor).GetPageAsync(url);
                texts.Add(shown.Body!.TextContent);
            }

            if (plain.Count > 0 && !texts.Any(text => plain.Any(f => text.Contains(values[f].Split('\n')[0].Trim(), StringComparison.Ordinal))))
            {
                problems.Add($"payload {p}: no page{(formCase.Mailed ? " or mail" : "")} shows any of the fields {string.Join(", ", plain)} as text");
            }
        }

        Assert.True(saved >= 3, $"{form}: only {saved} payloads fit in {formCase.MaxLength} characters.");
        Assert.True(problems.Count == 0, $"{form}:\n" + string.Join("\n", problems.Take(30)));
    }

    private async Task<long> LastMailIdAsync()
    {
        using var scope = visitors.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;
    }

    /// <summary>The mails queued since <paramref name="afterId"/> that carry something of the form.</summary>
    private async Task<List<OutboxMessage>> MailsSinceAsync(long afterId, string form)
    {
        using var scope = visitors.App.Services.CreateScope();
        var marker = FormMarker(form);
        var mails = await scope.ServiceProvider.GetRequiredService<EcomunaDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Id > afterId).ToListAsync();
        return [.. mails.Where(m => m.HtmlBody.Contains(marker, StringComparison.Ordinal) || m.TextBody.Contains(marker, StringComparison.Ordinal))];
    }

    /// <summary>An application with plain values, for the admin to decline.</summary>
    private static async Task ApplyAsync(SignedInVisitors visitors, int payload)
    {
        var anonymous = visitors.ClientFor(Visitor.Anonymous);
        var page = await anonymous.GetPageAsync("/Join/Membership");
        var values = new Dictionary<string, string>(ApplicationValues(100 + payload))
        {
            ["Input.Name"] = $"Ansökande kommun {payload}",
            ["Input.County"] = "Värmlands län",
            ["Input.Politician.FirstName"] = "Pia",
            ["Input.Politician.LastName"] = "Politiker",
            ["Input.CivilServant.FirstName"] = "Tom",
            ["Input.CivilServant.LastName"] = "Tjänsteperson",
        };
        using var response = await anonymous.SubmitAsync(page, "main form[method=post]", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Dictionary<string, string> ApplicationValues(int number) => new()
    {
        ["Input.OrganisationNumber"] = OrganisationNumberFor(number),
        ["Input.Part"] = "Svealand",
        ["Input.CouncilDecisionDate"] = "2026-01-15",
        ["Input.Politician.Email"] = $"xss-politician-{number}@example.org",
        ["Input.CivilServant.Email"] = $"xss-servant-{number}@example.org",
    };

    /// <summary>A valid organisation number (Luhn check digit) that no demo member has.</summary>
    private static string OrganisationNumberFor(int number)
    {
        var digits = "559" + number.ToString("D6", CultureInfo.InvariantCulture);
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d);
        return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> PopulationChange() => new()
    {
        ["Input.Year"] = "2025",
        ["Input.Population"] = "90000",
    };

    /// <summary>A plain population change asked for by member A, for the admin to decline.</summary>
    private static async Task AskForPopulationChangeAsync(SignedInVisitors visitors, int payload)
    {
        var contactPerson = visitors.ClientFor(Visitor.ContactPersonOfMemberA);
        var page = await contactPerson.GetPageAsync("/Organisation/ChangeRequests/Create/Population");
        using var response = await contactPerson.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string>(PopulationChange()) { ["Input.Source"] = "SCB", ["Input.Comment"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A survey of the test's own, open now and without answers, so that questions can be added to it.</summary>
    private static async Task<int> NewSurveyAsync(SignedInVisitors visitors)
    {
        var admin = visitors.ClientFor(Visitor.Admin);
        var page = await admin.GetPageAsync("/Admin/Surveys/Edit");
        var today = DateOnly.FromDateTime(visitors.App.Clock.GetUtcNow().UtcDateTime);
        using var response = await admin.SubmitAsync(page, "#survey-form", new Dictionary<string, string>
        {
            ["Input.TitleSv"] = "Enkät om frågor",
            ["Input.TitleEn"] = "Survey about questions",
            ["Input.OpensOn"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.ClosesOn"] = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(System.Text.RegularExpressions.Regex.Match(response.Headers.Location!.OriginalString, @"(\d+)$").Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Visible inputs that take any text, and text areas, of the form's first posted form.</summary>
    private static List<string> FreeTextFields(IHtmlDocument page, FormCase formCase)
    {
        var form = page.QuerySelector(formCase.FormSelector)!;
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
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "style" or "base" && (element.TextContent + string.Join(" ", element.Attributes.Select(a => a.Value))).Contains(marker, StringComparison.Ordinal))
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
