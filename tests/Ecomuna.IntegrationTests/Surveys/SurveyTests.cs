using System.Net;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ecomuna.IntegrationTests.Surveys.SurveySteps;

namespace Ecomuna.IntegrationTests.Surveys;

/// <summary>The secretariat builds surveys, members answer them, and the secretariat reads the results.</summary>
public abstract class SurveyTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Admin_BuildsASurveyWithEveryKindOfQuestion_AndOrdersThem()
    {
        using var admin = await AdminAsync();
        var today = Today(App);
        var form = await admin.GetPageAsync("/Admin/Surveys/Edit");
        using var created = await admin.SubmitAsync(form, "#survey-form", new Dictionary<string, string>
        {
            ["Input.TitleSv"] = "Enkät om allt",
            ["Input.TitleEn"] = "Survey about everything",
            ["Input.IntroSv"] = "Svara gärna.",
            ["Input.IntroEn"] = "Please answer.",
            ["Input.Audience"] = nameof(SurveyAudience.PerPerson),
            ["Input.OpensOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ClosesOn"] = today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ReminderDays"] = "2 7,14",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var surveyId = int.Parse(editUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        (QuestionKind Kind, string Sv, string En, string OptionsSv, string OptionsEn)[] questions =
        [
            (QuestionKind.SingleChoice, "Ett val", "Single", "Ja\nNej", "Yes\nNo"),
            (QuestionKind.MultipleChoice, "Flera val", "Multiple", "A\nB\nC", "A\nB\nC"),
            (QuestionKind.Scale, "Skala", "Scale", "", ""),
            (QuestionKind.Number, "Tal", "Number", "", ""),
            (QuestionKind.FreeText, "Fritext", "Free text", "", ""),
        ];
        foreach (var question in questions)
        {
            var page = await admin.GetPageAsync($"/Admin/Surveys/Question/{surveyId}");
            using var saved = await admin.SubmitAsync(page, "#question-form", new Dictionary<string, string>
            {
                ["Input.Kind"] = question.Kind.ToString(),
                ["Input.IsRequired"] = "true",
                ["Input.TextSv"] = question.Sv,
                ["Input.TextEn"] = question.En,
                ["Input.OptionsSv"] = question.OptionsSv,
                ["Input.OptionsEn"] = question.OptionsEn,
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var edit = await admin.GetPageAsync(editUrl);
        Assert.Equal(["Ett val", "Flera val", "Skala", "Tal", "Fritext"], edit.QuerySelectorAll("#questions .question-text").Select(e => e.TextContent));
        using (var moved = await admin.SubmitAsync(edit, "#questions li:first-child form.move-down", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        edit = await admin.GetPageAsync(editUrl);
        Assert.Equal(["Flera val", "Ett val", "Skala", "Tal", "Fritext"], edit.QuerySelectorAll("#questions .question-text").Select(e => e.TextContent));

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var survey = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == surveyId);
        Assert.Equal(SurveyAudience.PerPerson, survey.Audience);
        Assert.Equal("14, 7, 2", survey.ReminderDays);
        Assert.Equal(Enum.GetValues<QuestionKind>().Order(), survey.Questions.Select(q => q.Kind).Order());
        Assert.Equal("Yes\nNo", survey.Questions.Single(q => q.Kind == QuestionKind.SingleChoice).OptionsEn);
    }

    [Fact]
    public async Task Admin_ChoiceQuestionWithFewerEnglishOptions_IsRefusedAndKeepsWhatWasTyped()
    {
        var survey = await App.CreateSurveyAsync(opens: 5, closes: 20);
        using var admin = await AdminAsync();
        var page = await admin.GetPageAsync($"/Admin/Surveys/Question/{survey.Id}");

        using var response = await admin.SubmitAsync(page, "#question-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(QuestionKind.SingleChoice),
            ["Input.TextSv"] = "Vilken årstid?",
            ["Input.TextEn"] = "Which season?",
            ["Input.OptionsSv"] = "Vår\nSommar\nHöst",
            ["Input.OptionsEn"] = "Spring\nSummer",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Contains("3 på svenska, 2 på engelska", again.QuerySelector("#options-en-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Vilken årstid?", again.QuerySelector("#Input_TextSv")!.TextContent.Trim());
    }

    [Fact]
    public async Task Admin_CopiesASurvey_QuestionsKeepTheirKeysAndTheCopyIsNextYear()
    {
        using var admin = await AdminAsync();
        var list = await admin.GetPageAsync("/Admin/Surveys");

        using var response = await admin.SubmitAsync(list, "tr[data-survey-id='1'] form.copy-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var original = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == 1);
        var copy = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == copyId);
        Assert.Equal(original.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.TextSv)), copy.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.TextSv)));
        Assert.Equal(original.OpensOn.AddYears(1), copy.OpensOn);
        // The next year already has its membership survey, so the copy is not one.
        Assert.Null(copy.MembershipYear);
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.SurveyId == copyId));
    }

    [Fact]
    public async Task Admin_AfterAnswersExist_OnlyTheWordingOfAQuestionChanges()
    {
        var survey = await App.CreateSurveyAsync();
        using (var contact = await ContactPersonAsync(DemoMembers.Sodertalje))
        {
            var page = await contact.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
            using var draft = await contact.PostAnswerAsync(page, "draft", (Q(survey.Scale), "4"));
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        using var admin = await AdminAsync();
        var edit = await admin.GetPageAsync($"/Admin/Surveys/Edit/{survey.Id}");
        Assert.NotNull(edit.QuerySelector("#questions-locked"));
        Assert.Null(edit.QuerySelector("form.move-down"));
        Assert.Null(edit.QuerySelector("#add-question"));

        var question = await admin.GetPageAsync($"/Admin/Surveys/Question/{survey.Id}/{survey.Choice}");
        using var saved = await admin.SubmitAsync(question, "#question-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(QuestionKind.FreeText),
            ["Input.IsRequired"] = "false",
            ["Input.TextSv"] = "Vilken färg tycker ni bäst om?",
            ["Input.OptionsSv"] = "Röd\nGrön\nMörkblå",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var stored = await db.SurveyQuestions.SingleAsync(q => q.Id == survey.Choice);
        Assert.Equal(QuestionKind.SingleChoice, stored.Kind);
        Assert.True(stored.IsRequired);
        Assert.Equal("Vilken färg tycker ni bäst om?", stored.TextSv);
        Assert.Equal("Röd\nGrön\nMörkblå", stored.OptionsSv);

        using var newQuestion = await admin.GetAsync($"/Admin/Surveys/Question/{survey.Id}");
        Assert.Equal(HttpStatusCode.Redirect, newQuestion.StatusCode);
    }

    [Fact]
    public async Task PerMember_TwoContactsShareOneAnswer_ThatShowsWhoEditedItLast()
    {
        var survey = await App.CreateSurveyAsync();
        var other = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.Politician, "Petra");

        using (var first = await ContactPersonAsync(DemoMembers.Sodertalje))
        {
            var start = await first.GetPageAsync("/Organisation");
            Assert.NotNull(start.QuerySelector($"#surveys-heading ~ ul li[data-survey-id='{survey.Id}'] a[href='/Organisation/Surveys/Answer/{survey.Id}']"));
            var page = await first.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
            using var draft = await first.PostAnswerAsync(page, "draft", (Q(survey.Text), "Skrivet av den första"));
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        using var second = await SignedInAsync(other.Email, TestUsers.Password);
        var shared = await second.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.Equal("Skrivet av den första", shared.QuerySelector($"#{Q(survey.Text)}")!.TextContent);
        Assert.DoesNotContain("Petra", shared.QuerySelector("#last-edited")!.TextContent, StringComparison.Ordinal);

        using var submitted = await second.PostAnswerAsync(shared, "submit",
            (Q(survey.Scale), "5"), (Q(survey.Choice), "1"), (Q(survey.Multiple), "0"), (Q(survey.Multiple), "2"), (Q(survey.Number), "3,5"), (Q(survey.Text), "Ändrat av Petra"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var after = await second.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.Contains(other.Name, after.QuerySelector("#last-edited")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inskickat", after.QuerySelector("#answer-status")!.TextContent, StringComparison.Ordinal);
        var response = await App.ResponseAsync(survey.Id, SodertaljeId);
        Assert.NotNull(response!.SubmittedAtUtc);
        Assert.Equal(other.Name, response.UpdatedBy);
        Assert.Equal("0,2", response.Answers.Single(a => a.QuestionId == survey.Multiple).Value);
        Assert.Equal("3.5", response.Answers.Single(a => a.QuestionId == survey.Number).Value);
        Assert.Single(await CountResponsesAsync(survey.Id));
    }

    [Fact]
    public async Task PerPerson_EachContactAnswersForThemselves()
    {
        var survey = await App.CreateSurveyAsync(SurveyAudience.PerPerson);
        var other = await App.CreateContactLoginAsync(SodertaljeId, ContactRole.Politician, "Olle");
        using var first = await ContactPersonAsync(DemoMembers.Sodertalje);
        using var second = await SignedInAsync(other.Email, TestUsers.Password);

        var page = await first.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        using (var draft = await first.PostAnswerAsync(page, "draft", (Q(survey.Text), "Mitt eget svar")))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var theirs = await second.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.Equal("", theirs.QuerySelector($"#{Q(survey.Text)}")!.TextContent);
        using (var submitted = await second.PostAnswerAsync(theirs, "submit", (Q(survey.Scale), "2"), (Q(survey.Choice), "0"), (Q(survey.Number), "7")))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var responses = await CountResponsesAsync(survey.Id);
        Assert.Equal(2, responses.Count);
        Assert.Contains(responses, r => r.ContactPersonId == other.ContactId && r.SubmittedAtUtc != null);
        Assert.Contains(responses, r => r.ContactPersonId != other.ContactId && r.SubmittedAtUtc == null);
    }

    [Fact]
    public async Task Answer_DraftThenSubmit_IsADraftFirstAndSubmittedAfter()
    {
        var survey = await App.CreateSurveyAsync();
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");

        using (var draft = await client.PostAnswerAsync(page, "draft", (Q(survey.Scale), "3")))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var response = await App.ResponseAsync(survey.Id, SodertaljeId);
        Assert.Null(response!.SubmittedAtUtc);
        var list = await client.GetPageAsync("/Organisation/Surveys");
        Assert.Contains("utkast", list.QuerySelector($"li[data-survey-id='{survey.Id}'] .survey-state")!.TextContent, StringComparison.Ordinal);

        page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"#{Q(survey.Scale)}-2")!).IsChecked);
        using (var submit = await client.PostAnswerAsync(page, "submit", (Q(survey.Scale), "3"), (Q(survey.Choice), "2"), (Q(survey.Number), "12")))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }

        response = await App.ResponseAsync(survey.Id, SodertaljeId);
        Assert.NotNull(response!.SubmittedAtUtc);
        list = await client.GetPageAsync("/Organisation/Surveys");
        Assert.Contains("inskickad", list.QuerySelector($"li[data-survey-id='{survey.Id}'] .survey-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_SubmitWithoutRequiredAndWithABadNumber_ShowsPlainErrorsAndKeepsWhatWasTyped()
    {
        var survey = await App.CreateSurveyAsync();
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        var page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");

        using var response = await client.PostAnswerAsync(page, "submit",
            (Q(survey.Number), "tolv"), (Q(survey.Multiple), "1"), (Q(survey.Text), "Det här ska finnas kvar"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Browsing.ParseAsync(response);
        Assert.Equal("Svara på frågan, den är obligatorisk.", again.QuerySelector($"#error-{survey.Scale}")!.TextContent);
        Assert.Equal("Svara på frågan, den är obligatorisk.", again.QuerySelector($"#error-{survey.Choice}")!.TextContent);
        Assert.Equal("Skriv ett tal, till exempel 12 eller 3,5.", again.QuerySelector($"#error-{survey.Number}")!.TextContent);
        Assert.Null(again.QuerySelector($"#error-{survey.Text}"));
        Assert.Equal("tolv", again.QuerySelector($"#{Q(survey.Number)}")!.GetAttribute("value"));
        Assert.Equal("Det här ska finnas kvar", again.QuerySelector($"#{Q(survey.Text)}")!.TextContent);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)again.QuerySelector($"#{Q(survey.Multiple)}-1")!).IsChecked);
        Assert.Equal("true", again.QuerySelector($"#{Q(survey.Number)}")!.GetAttribute("aria-invalid"));
        Assert.Null(await App.ResponseAsync(survey.Id, SodertaljeId));
    }

    [Fact]
    public async Task Answer_InEnglish_ShowsTheEnglishTextsAndErrors()
    {
        var survey = await App.CreateSurveyAsync();
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var page = await client.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.Contains("Which colour?", page.QuerySelector($"#question-{survey.Choice} legend")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Green", page.QuerySelector($"label[for='{Q(survey.Choice)}-1']")!.TextContent);

        using var response = await client.PostAnswerAsync(page, "submit", (Q(survey.Scale), "9"));

        var again = await Browsing.ParseAsync(response);
        Assert.Equal("Choose a number from 1 to 5.", again.QuerySelector($"#error-{survey.Scale}")!.TextContent);
        Assert.Equal("Answer this question, it is required.", again.QuerySelector($"#error-{survey.Number}")!.TextContent);
    }

    [Fact]
    public async Task OtherMember_CannotSeeOrChangeTheAnswerOfAnother()
    {
        var survey = await App.CreateSurveyAsync();
        using (var a = await ContactPersonAsync(DemoMembers.Sodertalje))
        {
            var page = await a.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
            using var saved = await a.PostAnswerAsync(page, "draft", (Q(survey.Text), "Södertäljes hemlighet"));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var b = await ContactPersonAsync(DemoMembers.Sotenas);
        var theirs = await b.GetPageAsync($"/Organisation/Surveys/Answer/{survey.Id}");
        Assert.DoesNotContain("Södertäljes hemlighet", theirs.Source.Text, StringComparison.Ordinal);
        var sodertalje = await App.ResponseAsync(survey.Id, SodertaljeId);

        // Whatever ids the form is sent with, the answer saved is the acting member's own.
        using var forged = await b.PostAnswerAsync(theirs, "draft",
            (Q(survey.Text), "Ändrat av Sotenäs"), ("Saved.Id", sodertalje!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("memberId", SodertaljeId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);

        var after = await App.ResponseAsync(survey.Id, SodertaljeId);
        Assert.Equal("Södertäljes hemlighet", after!.Answers.Single().Value);
        var responses = await CountResponsesAsync(survey.Id);
        Assert.Equal(2, responses.Count);
        Assert.Contains(responses, r => r.MemberId != SodertaljeId && r.Answers.Single().Value == "Ändrat av Sotenäs");
    }

    [Fact]
    public async Task Answer_SurveyNotOpenYet_IsNotFound()
    {
        var survey = await App.CreateSurveyAsync(opens: 3, closes: 10);
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        using var response = await client.GetAsync($"/Organisation/Surveys/Answer/{survey.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Results_ForAContactPerson_AreDenied()
    {
        using var client = await ContactPersonAsync(DemoMembers.Sodertalje);

        foreach (var url in new[] { "/Admin/Surveys/Results/1", "/Admin/Surveys/Results/1?handler=Csv", "/Admin/Surveys/Compare/2" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Results_ShowTheResponseRateAndEachQuestionsFigures()
    {
        var survey = await App.CreateSurveyAsync();
        await AnswerDirectlyAsync(survey, memberId: 1, scale: "5", single: "0", multiple: "0,1", number: "2", text: "Bra");
        await AnswerDirectlyAsync(survey, memberId: 2, scale: "5", single: "2", multiple: "1", number: "4", text: null);
        await AnswerDirectlyAsync(survey, memberId: 3, scale: "3", single: "0", multiple: null, number: "9", text: null);
        await AnswerDirectlyAsync(survey, memberId: 4, scale: "1", single: "0", multiple: null, number: "1", text: null, submitted: false);
        var asked = await ActiveMembersAsync(_ => true);
        using var admin = await AdminAsync();

        var page = await admin.GetPageAsync($"/Admin/Surveys/Results/{survey.Id}");

        Assert.Contains($"3 av {asked} tillfrågade medlemmar", page.QuerySelector("#response-rate")!.TextContent, StringComparison.Ordinal);
        var single = page.QuerySelector($"section[data-question-key] h2#q-1-heading")!.ParentElement!;
        var chart = single.QuerySelector("svg[role='img']")!;
        Assert.Equal("Vilken färg?", chart.QuerySelector("title")!.TextContent);
        Assert.Contains("Röd: 66,7 % (2)", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2", "0", "1"], chart.QuerySelectorAll("rect.bar").Select(b => b.GetAttribute("data-count")));
        Assert.Equal(["66,7 %", "0 %", "33,3 %"], single.QuerySelectorAll(".options-table td.percent").Select(td => td.TextContent));
        var number = page.QuerySelector("h2#q-3-heading")!.ParentElement!;
        Assert.Equal("3", number.QuerySelector(".number-summary .count")!.TextContent);
        Assert.Equal("5", number.QuerySelector(".number-summary .mean")!.TextContent);
        Assert.Equal("4", number.QuerySelector(".number-summary .median")!.TextContent);
        var scale = page.QuerySelector("h2#q-0-heading")!.ParentElement!;
        Assert.Equal(["0", "0", "1", "0", "2"], scale.QuerySelectorAll(".options-table td.count").Select(td => td.TextContent));
        Assert.Contains("Bra", page.QuerySelector("h2#q-4-heading")!.ParentElement!.QuerySelector(".free-texts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_FilteredByPartOfTheCountry_CountOnlyThoseMembersAndTheCsvFollows()
    {
        var survey = await App.CreateSurveyAsync();
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var norrland = await db.Members.Where(m => m.PartOfCountry == PartOfCountry.Norrland && m.Status == MembershipStatus.Active).OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).FirstAsync();
        var gotaland = await db.Members.Where(m => m.PartOfCountry == PartOfCountry.Gotaland && m.Status == MembershipStatus.Active).OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).FirstAsync();
        await AnswerDirectlyAsync(survey, norrland.Id, "4", "1", "0,2", "6", "Norr; med \"citat\"");
        await AnswerDirectlyAsync(survey, gotaland.Id, "2", "0", null, "1", null);
        var askedInNorrland = await ActiveMembersAsync(m => m.PartOfCountry == PartOfCountry.Norrland);
        using var admin = await AdminAsync();

        var page = await admin.GetPageAsync($"/Admin/Surveys/Results/{survey.Id}?part=Norrland");
        Assert.Contains($"1 av {askedInNorrland} tillfrågade", page.QuerySelector("#response-rate")!.TextContent, StringComparison.Ordinal);
        var csvLink = page.QuerySelector("#csv-link")!.GetAttribute("href")!;
        Assert.Contains("handler=Csv", csvLink, StringComparison.Ordinal);
        Assert.Contains("part=Norrland", csvLink, StringComparison.Ordinal);

        using var csv = await admin.GetAsync(csvLink);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Svar nr,Medlem,Typ,Landsdel", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains($",{norrland.Name},", l, StringComparison.Ordinal));
        Assert.DoesNotContain(gotaland.Name, text, StringComparison.Ordinal);
        Assert.Contains(",Vilka frukter?,Äpple; Plommon,\"0,2\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Norr; med \"\"citat\"\"\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ThisYearsMembershipSurvey_ShowsLastYearSideBySide()
    {
        using var admin = await AdminAsync();
        var year = Today(App).Year;
        var results = await admin.GetPageAsync("/Admin/Surveys/Results/2");
        Assert.NotNull(results.QuerySelector("#compare-link"));

        var page = await admin.GetPageAsync("/Admin/Surveys/Compare/2");

        Assert.Equal([(year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture)], page.QuerySelectorAll("#years tbody tr").Select(r => r.GetAttribute("data-year")));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var lastYearAnswered = await db.SurveyResponses.CountAsync(r => r.SurveyId == 1 && r.SubmittedAtUtc != null);
        Assert.Equal(lastYearAnswered.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector($"#years tr[data-year='{year - 1}'] .answered")!.TextContent);

        var scaleKey = await db.SurveyQuestions.Where(q => q.SurveyId == 2 && q.Position == 1).Select(q => q.Key).SingleAsync();
        var scale = page.QuerySelector($"section[data-question-key='{scaleKey}']")!;
        Assert.Equal(2, scale.QuerySelectorAll("thead th[scope='col']").Length - 1);
        Assert.Equal(2, scale.QuerySelectorAll("tr:first-child td").Length);
        Assert.Equal(10, scale.QuerySelectorAll("svg rect.bar").Length);
        var means = scale.QuerySelectorAll("td.mean").Select(td => td.TextContent).ToList();
        Assert.Equal(2, means.Count);
        Assert.All(means, m => Assert.NotEqual("–", m));

        var newKey = await db.SurveyQuestions.Where(q => q.SurveyId == 2 && q.Position == 6).Select(q => q.Key).SingleAsync();
        Assert.NotNull(page.QuerySelector($"section[data-question-key='{newKey}'] .not-compared"));
    }

    [Fact]
    public async Task Compare_ASurveyThatIsNotAMembershipSurvey_IsNotFound()
    {
        var survey = await App.CreateSurveyAsync();
        using var admin = await AdminAsync();

        using var response = await admin.GetAsync($"/Admin/Surveys/Compare/{survey.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MembershipSurveyQuery_SaysWhoHasAnsweredTheYearsSurvey()
    {
        var year = Today(App).Year;
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var answeredThisYear = await db.MembersThatAnsweredMembershipSurveyAsync(year);

        Assert.False(await db.HasAnsweredMembershipSurveyAsync(SodertaljeId, year));
        Assert.DoesNotContain(SodertaljeId, answeredThisYear);
        Assert.NotEmpty(answeredThisYear);
        Assert.True(await db.HasAnsweredMembershipSurveyAsync(answeredThisYear.First(), year));
        Assert.False(await db.HasAnsweredMembershipSurveyAsync(SodertaljeId, year - 5));
    }

    private Task<List<Ecomuna.Core.Surveys.SurveyResponse>> CountResponsesAsync(int surveyId) =>
        QueryAsync(db => db.SurveyResponses.Include(r => r.Answers).Where(r => r.SurveyId == surveyId).ToListAsync());

    private async Task<int> ActiveMembersAsync(Func<Member, bool> filter)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        return (await db.Members.Where(m => m.Status == MembershipStatus.Active).ToListAsync()).Count(filter);
    }

    private async Task AnswerDirectlyAsync(TestSurvey survey, int memberId, string scale, string single, string? multiple, string number, string? text, bool submitted = true)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var response = new Ecomuna.Core.Surveys.SurveyResponse { SurveyId = survey.Id, MemberId = memberId, UpdatedAtUtc = now, UpdatedBy = "Test", SubmittedAtUtc = submitted ? now : null };
        foreach (var (question, value) in new[] { (survey.Scale, scale), (survey.Choice, single), (survey.Multiple, multiple), (survey.Number, number), (survey.Text, text) })
        {
            if (value is not null)
            {
                response.Answers.Add(new SurveyAnswer { QuestionId = question, Value = value });
            }
        }

        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync();
    }
}

public sealed class SurveyTestsOnSqlite(SqliteApp fixture) : SurveyTests<SqliteApp>(fixture);

public sealed class SurveyTestsOnPostgres(PostgresApp fixture) : SurveyTests<PostgresApp>(fixture);
