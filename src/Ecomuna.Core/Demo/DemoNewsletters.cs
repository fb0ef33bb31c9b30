using Ecomuna.Core.Members;
using Ecomuna.Core.Newsletters;

namespace Ecomuna.Core.Demo;

/// <summary>Newsletters in a fixed order: 1 and 2 sent (in the archive), 3 a draft.</summary>
internal static class DemoNewsletters
{
    public const int DraftId = 3;

    public static void Add(EcomunaDbContext db, DateTime nowUtc)
    {
        var roles = Newsletter.Join([ContactRole.Politician, ContactRole.CivilServant]);
        var first = new Newsletter
        {
            SubjectSv = "Nyhetsbrev: årskonferensen och gröna nyckeltal",
            BodySv = "## Årskonferensen\n\nVälkommen till **årskonferensen** i Södertälje den 22–23 maj. Anmäl dig i [kalendern](/Events).\n\n"
                + "## Gröna nyckeltal\n\nInsamlingen av årets gröna nyckeltal har startat. Rapportera under *Min organisation*.",
            SubjectEn = "Newsletter: the annual conference and green key indicators",
            BodyEn = "## The annual conference\n\nWelcome to the **annual conference** in Södertälje on 22–23 May. Register in the [calendar](/Events).\n\n"
                + "## Green key indicators\n\nThe collection of this year's green key indicators has started. Report under *My organisation*.",
            AudienceRoles = roles, AudienceSubscribers = true, CreatedAtUtc = nowUtc.AddDays(-62), UpdatedAtUtc = nowUtc.AddDays(-60),
        };
        first.MarkSent(nowUtc.AddDays(-60));
        first.RecordRecipients(214);
        db.Newsletters.Add(first);
        var second = new Newsletter
        {
            SubjectSv = "Nyhetsbrev: årets initiativ och höstens kongress",
            BodySv = "## Årets initiativ\n\nSotenäs industriella symbios blev förra årets SEKOM-initiativ. Läs mer bland [de goda exemplen](/Examples/Initiatives).\n\n"
                + "## Höstens kongress\n\nDen digitala medlemskongressen hålls i november.",
            AudienceRoles = roles, AudienceSubscribers = true, CreatedAtUtc = nowUtc.AddDays(-7), UpdatedAtUtc = nowUtc.AddDays(-5),
        };
        second.MarkSent(nowUtc.AddDays(-5));
        second.RecordRecipients(221);
        db.Newsletters.Add(second);
        db.Newsletters.Add(new Newsletter
        {
            SubjectSv = "Utkast: nyhetsbrev om webbinarierna",
            BodySv = "Årets **webbinarier** om goda exempel: datum och anmälan.",
            SubjectEn = "Draft: newsletter on the webinars",
            BodyEn = "This year's **webinars** on good examples: dates and registration.",
            AudienceRoles = roles, AudienceDelegates = true, AudienceSubscribers = true, CreatedAtUtc = nowUtc.AddDays(-1), UpdatedAtUtc = nowUtc.AddDays(-1),
        });
    }
}
