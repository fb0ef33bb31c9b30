using AngleSharp.Html.Dom;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.Core.Surveys;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Surveys;

/// <summary>A survey with one question of every kind, and the ids of its questions in order.</summary>
public sealed record TestSurvey(int Id, int Scale, int Choice, int Multiple, int Number, int Text);

public static class SurveySteps
{
    public const int SodertaljeId = 7;

    public static DateOnly Today(EcomunaApp app) => new SwedishTime(app.Clock).Today;

    /// <summary>
    /// A survey open from <paramref name="opens"/> to <paramref name="closes"/> days from today: a required scale, a
    /// required single choice of three, a multiple choice of three, a required number and a free text.
    /// </summary>
    public static async Task<TestSurvey> CreateSurveyAsync(
        this EcomunaApp app, SurveyAudience audience = SurveyAudience.PerMember, int opens = -1, int closes = 10, string reminderDays = "", int? membershipYear = null, string? title = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var today = Today(app);
        var survey = new Survey
        {
            TitleSv = title ?? $"Testenkät {Guid.NewGuid():N}"[..20],
            TitleEn = title ?? "Test survey",
            Audience = audience,
            OpensOn = today.AddDays(opens),
            ClosesOn = today.AddDays(closes),
            ReminderDays = reminderDays,
            MembershipYear = membershipYear,
            CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        survey.Questions.AddRange(
        [
            new() { Position = 1, Kind = QuestionKind.Scale, IsRequired = true, TextSv = "Hur nöjda är ni?", TextEn = "How satisfied are you?" },
            new() { Position = 2, Kind = QuestionKind.SingleChoice, IsRequired = true, TextSv = "Vilken färg?", TextEn = "Which colour?", OptionsSv = "Röd\nGrön\nBlå", OptionsEn = "Red\nGreen\nBlue" },
            new() { Position = 3, Kind = QuestionKind.MultipleChoice, TextSv = "Vilka frukter?", TextEn = "Which fruits?", OptionsSv = "Äpple\nPäron\nPlommon", OptionsEn = "Apple\nPear\nPlum" },
            new() { Position = 4, Kind = QuestionKind.Number, IsRequired = true, TextSv = "Hur många?", TextEn = "How many?" },
            new() { Position = 5, Kind = QuestionKind.FreeText, TextSv = "Något mer?", TextEn = "Anything else?" },
        ]);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        var ids = survey.Questions.OrderBy(q => q.Position).Select(q => q.Id).ToList();
        return new TestSurvey(survey.Id, ids[0], ids[1], ids[2], ids[3], ids[4]);
    }

    /// <summary>A new contact person of the member with a login of their own; returns the email and the contact row.</summary>
    public static async Task<(string Email, int ContactId, string Name)> CreateContactLoginAsync(this EcomunaApp app, int memberId, ContactRole role, string firstName)
    {
        var email = $"contact-{Guid.NewGuid():N}@test.ecomuna.org";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = firstName + " Testsson", MemberId = memberId };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.ContactPerson)).Succeeded);
        var contact = new ContactPerson { MemberId = memberId, FirstName = firstName, LastName = "Testsson", Role = role, Email = email, UserId = user.Id };
        db.ContactPersons.Add(contact);
        await db.SaveChangesAsync();
        return (email, contact.Id, contact.FullName);
    }

    /// <summary>Posts the answer form with the values given (a name may come more than once, as checkboxes do) and the button's intent.</summary>
    public static async Task<HttpResponseMessage> PostAnswerAsync(this HttpClient client, IHtmlDocument page, string intent, params (string Name, string Value)[] values)
    {
        var token = page.QuerySelector("#answer-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("intent", intent) };
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(page.Url, content);
    }

    public static async Task<SurveyResponse?> ResponseAsync(this EcomunaApp app, int surveyId, int memberId, int? contactId = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        return await db.SurveyResponses.Include(r => r.Answers).AsNoTracking()
            .SingleOrDefaultAsync(r => r.SurveyId == surveyId && r.MemberId == memberId && r.ContactPersonId == contactId);
    }

    public static string Q(int id) => $"q{id}";
}
