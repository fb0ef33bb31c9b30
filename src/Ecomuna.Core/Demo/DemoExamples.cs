using Ecomuna.Core.Examples;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.Demo;

/// <summary>
/// Good examples of demo members, in a fixed order so their ids are known: 1–7 published (2, Sotenäs's industrial
/// symbiosis, named last year's initiative of the year), 8 a draft of Södertälje's, the demo contact person's member.
/// Picture 1 belongs to the published example 1 and picture 2 to the draft.
/// </summary>
internal static class DemoExamples
{
    public const int DraftId = 8;

    private sealed record Demo(string Member, string Title, string Summary, string Body, string[] Themes, int[] Goals, int YearsAgo, int DaysAgo);

    private static readonly Demo[] Published =
    [
        new("Södertälje", "Solceller på alla kommunala skolor",
            "Kommunen har byggt solceller på taken till 24 skolor och förskolor. Eleverna följer produktionen i undervisningen.",
            """
            ## Vad vi gjorde

            Under tre år har fastighetsbolaget satt upp **solceller på 24 skolor och förskolor**. Varje skola har en skärm i entrén som visar dagens produktion.

            ## Resultat

            - Cirka 1,9 GWh el per år, ungefär en femtedel av skolornas elbehov
            - Solcellerna är en del av NO-undervisningen i årskurs 4–9
            - Återbetalningstiden beräknas till 11 år

            Läs mer om [kommunens energiplan](https://www.sodertalje.se/).
            """,
            ["Energy", "Education"], [4, 7, 13], 1, 300),
        new("Sotenäs", "Industriell symbios i Sotenäs",
            "Restflöden från fiskindustrin blir råvara för nya företag. Symbioscentrum samlar företag, forskare och kommunen.",
            """
            Sotenäs Symbioscentrum hjälper företag att använda varandras restflöden. Processvatten från fiskberedningen renas och näringen tas till vara i **landbaserad fiskodling** och odling av alger.

            ## Resultat

            - Över 20 företag i symbiosnätverket
            - Mindre utsläpp till havet och nya arbetstillfällen
            - Studiebesök från hela världen
            """,
            ["Circular economy", "Water"], [8, 9, 12, 14], 1, 250),
        new("Karlstad", "Cykelstråk som är öppna året runt",
            "Huvudcykelstråken sopsaltas på vintern så att fler cyklar även när det snöar.",
            """
            Kommunen sopsaltar 60 km huvudcykelstråk. Stråken prioriteras före bilvägarna när det har snöat.

            Vintercyklingen har ökat med 40 procent på tre år, och antalet singelolyckor har minskat.
            """,
            ["Transport", "Urban planning"], [3, 11, 13], 1, 120),
        new("Luleå", "Dagvattenparker som tar hand om skyfall",
            "Nya parker i centrum fungerar som magasin när det regnar kraftigt och som mötesplatser resten av året.",
            """
            Tre parker har byggts om så att de kan ta emot vatten vid skyfall. Växtbäddar och dammar renar dagvattnet innan det når Lule älv.

            Arbetet är en del av kommunens **klimatanpassningsplan**.
            """,
            ["Water", "Climate adaptation"], [6, 11, 13, 15], 0, 90),
        new("Eskilstuna", "Återbruksgalleria i stället för soptipp",
            "I ReTuna säljs saker som lämnats in på återvinningscentralen efter att de lagats och rustats.",
            """
            Bredvid återvinningscentralen ligger en galleria där butiker säljer det som Eskilstunaborna lämnat in. Allt är lagat, rustat eller gjort om till något nytt.

            Gallerian har skapat arbetstillfällen och en mötesplats för cirkulär ekonomi, med utbildning i hållbar design.
            """,
            ["Circular economy", "Education"], [8, 11, 12], 0, 60),
        new("Ystad", "Närodlat och mer vegetariskt i skolköken",
            "Skolköken lagar mer mat från grunden med råvaror från gårdar i närheten och serverar vegetariskt två dagar i veckan.",
            """
            Kostenheten har tillsammans med lantbrukare i kommunen tagit fram en säsongsmeny. Matsvinnet mäts varje dag och har halverats.

            - 45 procent ekologiska livsmedel
            - Vegetariskt två dagar i veckan
            - Matsvinnet har gått från 60 till 30 gram per portion
            """,
            ["Food", "Education", "Sustainable procurement"], [2, 4, 12], 0, 30),
        new("Sorsele", "Slåtterängar för pollinerande insekter",
            "Kommunen sköter vägkanter och parker som slåtterängar, med hjälp av skolklasser och föreningar.",
            """
            I stället för att klippa gräset ofta slås ängarna en gång per år, sent på sommaren. Skolklasser inventerar humlor och fjärilar.

            Ängarna har blivit fler arter rikare på två år.
            """,
            ["Biodiversity"], [4, 15], 0, 10),
    ];

    public static async Task AddAsync(EcomunaDbContext db, IReadOnlyList<Member> members, DateTime nowUtc, string authorId, string adminName, CancellationToken ct)
    {
        var themes = await db.ExampleThemes.ToDictionaryAsync(t => t.NameEn, t => t.Id, ct);
        var thisYear = nowUtc.Year;
        foreach (var demo in Published)
        {
            var member = members.Single(m => m.Name == demo.Member);
            var published = nowUtc.AddDays(-demo.DaysAgo);
            var example = New(member, demo, thisYear - demo.YearsAgo, themes);
            example.Created(published.AddDays(-5), null, "Demo");
            example.Submit(published.AddDays(-3), null, $"Kontaktperson {member.Name}");
            example.Publish(published, null, adminName);
            if (demo == Published[0])
            {
                example.Images.Add(Picture("Platshållare för ett foto: himmelsblått över grönt, som solceller på ett skoltak en sommardag.", (120, 180, 230), (40, 120, 60), published));
            }

            db.GoodExamples.Add(example);
            await db.SaveChangesAsync(ct);
        }

        var sotenas = await db.GoodExamples.SingleAsync(e => e.Title == "Industriell symbios i Sotenäs", ct);
        db.InitiativesOfTheYear.Add(new InitiativeOfTheYear { Year = thisYear - 1, ExampleId = sotenas.Id, NamedAtUtc = nowUtc.AddDays(-200), NamedBy = adminName });

        var sodertalje = members.Single(m => m.Name == "Södertälje");
        var draft = New(sodertalje, new Demo("Södertälje", "Elcykelpool för kommunens anställda",
            "Anställda lånar elcyklar för resor i tjänsten i stället för att ta bilen.",
            "Vi har köpt in 30 elcyklar som bokas i samma system som bilpoolen.\n\n*Utkast: resultat från första året kommer.*",
            ["Transport"], [3, 11, 13], 0, 0), thisYear, themes);
        draft.Created(nowUtc.AddDays(-2), authorId, "Demo Kontakt Södertälje");
        draft.Images.Add(Picture("Platshållare för ett foto: elcyklar i kommunhusets cykelrum.", (250, 250, 250), (30, 90, 140), nowUtc));
        db.GoodExamples.Add(draft);
        await db.SaveChangesAsync(ct);
    }

    private static ExampleImage Picture(string alt, (byte, byte, byte) top, (byte, byte, byte) bottom, DateTime uploaded) => new()
    {
        ContentType = "image/png", Width = 320, Height = 200, AltText = alt, Content = SimplePng.Gradient(320, 200, top, bottom), UploadedAtUtc = uploaded,
    };

    private static GoodExample New(Member member, Demo demo, int year, Dictionary<string, int> themes)
    {
        var contact = member.Contacts.FirstOrDefault(c => c.Role == ContactRole.CivilServant);
        var example = new GoodExample
        {
            MemberId = member.Id,
            Title = demo.Title,
            Summary = demo.Summary,
            Body = demo.Body,
            Year = year,
            ContactName = contact is null ? member.Name : $"{contact.FirstName} {contact.LastName}",
            ContactEmail = contact?.Email ?? "info@demo.ecomuna.org",
        };
        example.SetThemes(demo.Themes.Where(themes.ContainsKey).Select(t => themes[t]));
        example.SetGoals(demo.Goals);
        return example;
    }
}
