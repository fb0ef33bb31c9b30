using Ecomuna.Core.Site;

namespace Ecomuna.Core.Demo;

/// <summary>News posts in a fixed order: 1–4 published (3 in English only), 5 a draft.</summary>
internal static class DemoNews
{
    public const int DraftId = 5;

    public static void Add(EcomunaDbContext db, DateTime nowUtc)
    {
        Post(db, nowUtc, 40, true, ((60, 120, 80), (200, 230, 200)),
            ("Välkommen till årskonferensen i Södertälje", "Årets konferens och årsmöte hålls den 22–23 maj. Anmälan är öppen.",
                "Årskonferensen samlar politiker och tjänstepersoner från hela landet. **Årsmötet** hålls under konferensens andra dag.\n\nAnmäl dig i [kalendern](/Events).",
                "Deltagare i en konferenssal"),
            ("Welcome to the annual conference in Södertälje", "This year's conference and annual meeting are held on 22–23 May. Registration is open.",
                "The annual conference brings together politicians and civil servants from all over the country. The **annual meeting** is held on the second day.\n\nRegister in the [calendar](/Events).",
                "Participants in a conference hall"));
        Post(db, nowUtc, 25, true, ((30, 90, 150), (180, 210, 240)),
            ("Gröna nyckeltal: insamlingen har startat", "Nu kan medlemmarna rapportera årets gröna nyckeltal i portalen.",
                "Rapportera under **Min organisation**. Resultaten presenteras på ett webbinarium i höst.", "Diagram över nyckeltal"),
            ("Green key indicators: collection has started", "Members can now report this year's green key indicators in the portal.",
                "Report under **My organisation**. The results are presented at a webinar in the autumn.", "A chart of key indicators"));
        Post(db, nowUtc, 12, true, ((150, 90, 40), (240, 210, 170)),
            null,
            ("Webinar with RAMCC in Argentina", "Swedish and Argentine municipalities compared their climate plans in an online meeting.",
                "Twenty municipalities from both countries took part. The recording is available to members.", "Screenshot of the online meeting"));
        Post(db, nowUtc, 3, true, ((20, 110, 110), (170, 230, 220)),
            ("Årets initiativ utsett", "Sotenäs industriella symbios blev förra årets SEKOM-initiativ.",
                "Symbioscentrum samlar företag som använder varandras restflöden. [Läs exemplet](/Examples/Details/2).", "Fiskodling i Sotenäs"),
            null);
        Post(db, nowUtc, -5, false, ((90, 90, 90), (220, 220, 220)),
            ("Utkast: nyhetsbrev i höst", "Ett utkast som ännu inte är publicerat.", "Texten skrivs fortfarande.", "Ett kuvert"),
            ("Draft: newsletter in the autumn", "A draft that is not published yet.", "The text is still being written.", "An envelope"));
    }

    private static void Post(
        EcomunaDbContext db, DateTime nowUtc, int daysAgo, bool published, ((byte, byte, byte) Top, (byte, byte, byte) Bottom) colours,
        (string Title, string Summary, string Body, string Alt)? sv, (string Title, string Summary, string Body, string Alt)? en)
    {
        const int width = 1200, height = 630;
        db.NewsPosts.Add(new NewsPost
        {
            TitleSv = sv?.Title, SummarySv = sv?.Summary, BodySv = sv?.Body, ImageAltSv = sv?.Alt,
            TitleEn = en?.Title, SummaryEn = en?.Summary, BodyEn = en?.Body, ImageAltEn = en?.Alt,
            ImageContent = SimplePng.Gradient(width, height, colours.Top, colours.Bottom), ImageContentType = "image/png",
            ImageWidth = width, ImageHeight = height, IsPublished = published,
            PublishAtUtc = nowUtc.AddDays(-daysAgo), CreatedAtUtc = nowUtc.AddDays(-Math.Abs(daysAgo) - 1), UpdatedAtUtc = nowUtc.AddDays(-Math.Abs(daysAgo) - 1),
        });
    }
}
