namespace Ecomuna.Core.Site;

/// <summary>
/// The pages the site needs from its first start, with a first text the secretariat then edits. A page is added only
/// when no page has its address, so nothing the secretariat wrote is ever overwritten.
/// </summary>
public static class SiteContent
{
    public const string About = "about";
    public const string Network = "network";
    public const string Join = "join";
    public const string Fees = "fees";
    public const string Principles = "principles";
    public const string NordicPartnership = "nordic-partnership";
    public const string Accessibility = "accessibility";
    public const string Privacy = "privacy";
    public const string Contact = "contact";

    /// <summary>The legal and practical pages, linked in the footer rather than listed with the about pages.</summary>
    public static readonly IReadOnlyList<string> FooterPages = [Accessibility, Privacy, Contact];

    public static async Task EnsureDefaultsAsync(EcomunaDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.SitePages.Select(p => p.Slug).ToListAsync(ct);
        foreach (var (page, position) in Defaults.Select((p, i) => (p, i)).Where(d => !existing.Contains(d.p.Slug)))
        {
            var sitePage = new SitePage { Slug = page.Slug, Position = (position + 1) * 10 };
            sitePage.Save(page.TitleSv, page.TitleEn, page.BodySv, page.BodyEn, nowUtc, null, "Ecomuna");
            db.SitePages.Add(sitePage);
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record Default(string Slug, string TitleSv, string TitleEn, string BodySv, string BodyEn);

    private static readonly Default[] Defaults =
    [
        new(About, "Om Ecomuna", "About Ecomuna",
            """
            Ecomuna är ett nätverk av kommuner, regioner och andra aktörer som arbetar för en hållbar utveckling utifrån fyra vetenskapligt grundade hållbarhetsprinciper och FN:s Agenda 2030.

            ## Sveriges Ekokommuner

            Föreningen Sveriges Ekokommuner (Sekom) bildades 1995 och är den äldsta föreningen av ekokommuner. Omkring 105–110 kommuner och regioner är medlemmar, och tillsammans har de ungefär hälften av Sveriges befolkning. Medlemmarna delar goda exempel, följer upp sitt arbete med gröna nyckeltal och driver gemensamma frågor.

            ## Ecomuna – ett globalt kunskapscentrum

            Ur Sekom växte Ecomuna, ett globalt kunskapscentrum för ekokommuner. Webbcampus startade 2013 tillsammans med Sustainable Sweden Association och North American Eco-Municipality Network. I dag samarbetar vi med nätverk i Nordamerika, Latinamerika, Afrika, Asien och Norden.

            ## Hur föreningen styrs

            Årsmötet är föreningens högsta beslutande organ. Styrelsen har nio ledamöter och tre ersättare från Götaland, Svealand och Norrland. Ett tjänstepersonsforum stöttar styrelsen, och kansliet sköts av en medlemskommun.
            """,
            """
            Ecomuna is a network of municipalities, regions and other actors working for sustainable development, guided by four scientifically grounded sustainability principles and the UN Agenda 2030.

            ## Sveriges Ekokommuner

            The association Sveriges Ekokommuner (Sekom, the Swedish eco-municipalities) was founded in 1995 and is the oldest association of eco-municipalities. About 105–110 municipalities and regions are members, together home to about half of Sweden's population. The members share good examples, follow up their work with green key indicators and pursue common causes.

            ## Ecomuna – a global capacity centre

            Ecomuna, a global capacity centre for eco-municipalities, grew out of Sekom. Its web campus started in 2013 together with the Sustainable Sweden Association and the North American Eco-Municipality Network. Today we work with networks in North America, Latin America, Africa, Asia and the Nordic countries.

            ## How the association is run

            The annual meeting is the association's highest decision-making body. The board has nine members and three alternates from Götaland, Svealand and Norrland. A civil servants' forum supports the board, and the secretariat is run by a member municipality.
            """),
        new(Network, "Nätverket och vad medlemmar får", "The network and what members get",
            """
            Ecomuna har fem kategorier av medlemmar. Ekokommunerna själva – kommuner och regioner – är den femte och största.

            ## Kategorierna

            - **Ekokommuner och regioner** – medlemmar i föreningen med rösträtt på årsmötet genom sina ombud.
            - **Kompetens- och utbildningscentrum** – organisationer som utbildar i hållbar utveckling.
            - **Utbildare och konsulter** – den som arbetar med modellen i sin yrkesroll.
            - **Forskare, forskningscentrum och experter** – den som forskar om hållbar lokal utveckling.
            - **Vänner** – alla som vill lära sig om modellen och delta.

            ## Det här får du som medlem

            - Delta i nätverksträffar, webbinarier och studiebesök.
            - Visa ditt arbete med hållbar utveckling för andra i nätverket.
            - **Reducerad avgift** till konferenser och andra aktiviteter.
            - Ekokommunerna får dessutom jämföra sina gröna nyckeltal, sprida goda exempel och påverka föreningens gemensamma arbete.

            ## Det här åtar sig en ekokommun

            Varje år deltar medlemmen i årsmötet, rapporterar de gröna nyckeltalen och minst ett gott exempel, besvarar medlemsenkäter och sprider nyhetsbrevet i den egna organisationen.
            """,
            """
            Ecomuna has five categories of members. The eco-municipalities themselves – municipalities and regions – are the fifth and largest.

            ## The categories

            - **Eco-municipalities and regions** – members of the association, voting at the annual meeting through their delegates.
            - **Competence and training centres** – organisations that train people in sustainable development.
            - **Educators and consultants** – people who work with the model professionally.
            - **Researchers, research centres and experts** – people who study sustainable local development.
            - **Friends** – anyone who wants to learn about the model and take part.

            ## What you get as a member

            - Take part in network meetings, webinars and study visits.
            - Show your work with sustainable development to others in the network.
            - **Reduced fees** for conferences and other activities.
            - Eco-municipalities also compare their green key indicators, spread good examples and shape the association's common work.

            ## What an eco-municipality commits to

            Every year the member takes part in the annual meeting, reports the green key indicators and at least one good example, answers member surveys and spreads the newsletter in its own organisation.
            """),
        new(Join, "Så blir du medlem", "How to join",
            """
            ## Kommuner och regioner

            1. Kommunfullmäktige eller regionfullmäktige beslutar att gå med i Sveriges Ekokommuner.
            2. Fyll i [ansökan om medlemskap](/Join/Membership) med beslutsdatum, kontaktuppgifter och två kontaktpersoner: en politiker och en tjänsteperson.
            3. Kansliet går igenom ansökan och hör av sig. Medlemskapet gäller från det datum kansliet godkänner ansökan.

            Det är bra att också utse en ersättare bland oppositionens politiker, så att arbetet fortsätter efter ett val.

            ## Nätverksmedlemmar

            Kompetenscentrum, utbildare, konsulter, forskare och vänner [anmäler sig till nätverket](/Join/Network) med en egen profil.

            Läs om [avgifterna](/About/fees) och om [vad medlemmar får](/About/network).
            """,
            """
            ## Municipalities and regions

            1. The municipal or regional council decides to join Sveriges Ekokommuner.
            2. Fill in the [membership application](/Join/Membership) with the date of the decision, contact details and two contact persons: a politician and a civil servant.
            3. The secretariat reviews the application and gets in touch. Membership starts on the day the secretariat approves it.

            It is a good idea to also appoint an alternate from the opposition's politicians, so that the work continues after an election.

            ## Network members

            Competence centres, educators, consultants, researchers and friends [sign up for the network](/Join/Network) with a profile of their own.

            Read about [the fees](/About/fees) and [what members get](/About/network).
            """),
        new(Fees, "Avgifter", "Fees",
            """
            Årsmötet beslutar om avgifterna, som kan ändras från år till år.

            | Medlem | Årsavgift |
            |---|---|
            | Kommun | 4 000 kr + 0,30 kr per invånare; högst 150 000 invånare räknas, så avgiften är högst 49 000 kr |
            | Region | 25 000 kr |
            | Nätverkets kategorier | Fastställs av kansliet |

            Invånarantalet är kommunens folkmängd enligt SCB den 31 december året före. Fakturan skickas i början av året och betalas till föreningens bankgiro med OCR-numret på fakturan.

            Nätverksmedlemmar betalar reducerad avgift för konferenser och andra aktiviteter.
            """,
            """
            The annual meeting decides the fees, which may change from year to year.

            | Member | Yearly fee |
            |---|---|
            | Municipality | SEK 4,000 + SEK 0.30 per inhabitant; at most 150,000 inhabitants count, so the fee is at most SEK 49,000 |
            | Region | SEK 25,000 |
            | Network categories | Set by the secretariat |

            The number of inhabitants is the municipality's population according to Statistics Sweden (SCB) on 31 December of the year before. The invoice is sent early in the year and paid to the association's bankgiro with the OCR reference on the invoice.

            Network members pay reduced fees for conferences and other activities.
            """),
        new(Principles, "De fyra hållbarhetsprinciperna", "The four sustainability principles",
            """
            Ekokommunernas arbete vägleds av fyra vetenskapligt grundade hållbarhetsprinciper. I ett hållbart samhälle utsätts naturen inte för systematisk ökning av…

            1. …koncentrationen av ämnen från jordskorpan,
            2. …koncentrationen av ämnen som produceras av samhället,
            3. …undanträngning med fysiska metoder,
            4. …och i ett hållbart samhälle utsätts människor inte för förhållanden som systematiskt undergräver deras förmåga att tillgodose sina behov.

            Principerna används tillsammans med FN:s globala mål för hållbar utveckling i Agenda 2030.
            """,
            """
            The eco-municipalities' work is guided by four scientifically grounded sustainability principles. In a sustainable society, nature is not subject to systematically increasing…

            1. …concentrations of substances extracted from the Earth's crust,
            2. …concentrations of substances produced by society,
            3. …degradation by physical means,
            4. …and, in a sustainable society, people are not subject to conditions that systematically undermine their capacity to meet their needs.

            The principles are used together with the UN Sustainable Development Goals of Agenda 2030.
            """),
        new(NordicPartnership, "Nordiskt partnerskap för klimatneutrala små och medelstora kommuner", "Nordic partnership for climate-neutral small and medium municipalities",
            """
            Projektet ska skapa ett fungerande nordiskt partnerskap som påskyndar omställningen till klimatneutralitet i små och medelstora kommuner till 2030.

            ## En nordisk verktygslåda och färdplan

            Vi vill ge små och medelstora städer en nordisk verktygslåda och färdplan som hjälper dem att omsätta strategier i handling och att införa och skala upp nya system och lösningar, genom att ge riktning åt deras investeringar. Partnerskapet tar också fram ett stöderbjudande till kommunerna som bygger på partnernas olika styrkor.

            ## Varför

            De flesta större kommuner i Norden har tagit fram och börjat genomföra strategier för smarta städer och cirkulär ekonomi, med affärsmodeller byggda på delning, industriell symbios och liknande. Några arbetar medborgarnära och tillsammans med lokal akademi och näringsliv. Forskningsbaserade innovationsprogram som omfattar alla fyra sektorerna (quadruple helix) behövs för att förändra hur städer arbetar.

            Många mindre kommuner har samma ambitioner men saknar tid, pengar eller resurser. Utmaningarna när en strategi ska bli verklighet är desamma i alla nordiska länder. Projektet samlar några av de ledande nordiska organisationerna som stöttar kommuner i det arbetet, för att dela goda arbetssätt och se vad var och en är bäst på.

            Ambitionen är att hjälpa kommunerna att göra ambitiösa strategier till konkret handling lokalt, med en gemensam nordisk metod. Kommunerna kan möjliggöra och uppmuntra det lokala näringslivet att ta fram innovationer som möter stadens och invånarnas behov, så att de kan leva ett gott liv inom planetens gränser.

            ## Bakgrund

            De nordiska statsministrarna har beslutat om en ny vision för det nordiska samarbetet: Norden ska bli världens mest hållbara och integrerade region till 2030, med gröna (cirkulära och biobaserade), konkurrenskraftiga och socialt inkluderande samhällen. Särskilt mål 12 (hållbar konsumtion och produktion) och 13 (bekämpa klimatförändringarna) kräver mer arbete.

            Projektet finansieras av utlysningen *Circular Cities & New Circular Solutions* inom Nordic Innovations program Nordic Sustainable Business Transformation, som ska omsätta strategier i lösningar som minskar koldioxidavtrycket, minskar och optimerar materialanvändningen, främjar innovation och inför nya affärsmodeller.
            """,
            """
            This project aims to establish an operational Nordic partnership that will accelerate the transition towards climate neutrality in small and medium-sized municipalities by 2030.

            ## A Nordic toolbox and roadmap

            We want to provide small and medium-sized cities with a Nordic toolbox and roadmap that can help with turning strategies into action as well as implementing and scaling up new systems and solutions, by giving directionality for their investment efforts. The partnership will also develop a support offer for the municipalities based on the partners' different strengths.

            ## Why

            Most larger municipalities in the Nordics have developed and started to implement Smart City and/or circular economy strategies, including transformative business models based on sharing, industrial symbiosis networks and the like. Some of them include a citizen-centric approach and collaboration with local academia and business. Research-based innovation programmes that include all four sectors (quadruple helix) are needed to transform the way cities work.

            Many smaller municipalities have the same intentions but might lack time, funding or resources to follow the same progress. The challenges these municipalities face when turning strategy into operation are not unique to any Nordic country. This project brings some of the leading Nordic organisations that support these processes together, to share best practice and examine comparative advantages.

            The ambition is to help turn ambitious strategies into concrete action at a local level, through a joint Nordic methodology that recognises that municipalities can enable and encourage the local business sector to provide transformative innovations that meet the needs of the city and its inhabitants, so that they can lead a good life within planetary boundaries.

            ## Background

            The Nordic Prime Ministers have decided on a new vision for Nordic cooperation: the Nordic countries are to become the most integrated and sustainable region in the world by 2030, with green (circular and bio-based), competitive and socially inclusive societies. Goals 12 (sustainable production and consumption) and 13 (climate action) especially need more work.

            The project is funded by the call *Circular Cities & New Circular Solutions* of Nordic Innovation's Nordic Sustainable Business Transformation programme, which is to turn strategies into concrete solutions that reduce the CO₂ footprint, reduce and optimise material use, promote innovation and implement new business models.
            """),
        new(Accessibility, "Tillgänglighetsredogörelse", "Accessibility statement",
            """
            Sveriges Ekokommuner står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända problem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.

            ## Hur tillgänglig är webbplatsen?

            Vi bedömer att webbplatsen är **helt förenlig** med lagen om tillgänglighet till digital offentlig service. Den är byggd för att uppfylla WCAG 2.1 på nivå AA: alla sidor går att använda med tangentbord, formulär har etiketter och felmeddelanden i klartext, och bilder har textalternativ. Alla sidor fungerar utan JavaScript.

            ## Kända brister

            - Texter och bilder som medlemmar själva publicerar, till exempel goda exempel, granskas av kansliet men kan ibland sakna tydliga rubriker eller bra bildbeskrivningar.
            - Dokument som laddas upp av medlemmar, till exempel protokoll, är inte alltid tillgänglighetsanpassade.

            ## Vad kan du göra om du inte kan använda delar av webbplatsen?

            Om du behöver innehåll från webbplatsen som inte är tillgängligt för dig kan du kontakta kansliet, så hjälper vi dig att få informationen på annat sätt.

            ## Rapportera brister

            Vi strävar efter att webbplatsen ska vara tillgänglig för alla. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagen, [rapportera bristen till oss](/Accessibility/Report). Rapporten går direkt till kansliet, som svarar inom två arbetsdagar om du lämnar en e-postadress.

            ## Tillsyn

            Myndigheten för digital förvaltning (DIGG) har ansvar för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [kontakta DIGG och påtala det](https://www.digg.se/tdosanmalan).

            ## Hur vi testat webbplatsen

            Vi testar webbplatsen själva: varje sida granskas automatiskt med verktyget axe på svenska och engelska vid varje ändring, och manuellt med tangentbord och skärmläsare. Redogörelsen uppdaterades senast när webbplatsen publicerades.
            """,
            """
            Sveriges Ekokommuner is responsible for this website. We want as many people as possible to be able to use it. This statement describes how the website complies with the Swedish Act on accessibility to digital public services (2018:1937), known issues, and how you can report problems to us so that we can fix them.

            ## How accessible is the website?

            We consider the website **fully compliant** with the Act on accessibility to digital public services. It is built to meet WCAG 2.1 at level AA: every page can be used with a keyboard, forms have labels and plain-words error messages, and images have text alternatives. All pages work without JavaScript.

            ## Known issues

            - Texts and pictures that members publish themselves, such as good examples, are reviewed by the secretariat but may sometimes lack clear headings or good image descriptions.
            - Documents uploaded by members, such as minutes, are not always accessible.

            ## What to do if you cannot use parts of the website

            If you need content from the website that is not accessible to you, contact the secretariat and we will help you get the information another way.

            ## Report a problem

            We want the website to be accessible to everyone. If you find problems not described here, or think we do not comply with the law, [report the problem to us](/Accessibility/Report). The report goes straight to the secretariat, which answers within two working days if you give an email address.

            ## Enforcement

            The Agency for Digital Government (DIGG) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can [contact DIGG and tell them](https://www.digg.se/tdosanmalan).

            ## How we tested the website

            We test the website ourselves: every page is checked automatically with the axe tool in Swedish and English on every change, and manually with a keyboard and a screen reader. This statement was last updated when the website was published.
            """),
        new(Privacy, "Integritetspolicy", "Privacy notice",
            """
            Här beskriver vi hur föreningen Sveriges Ekokommuner behandlar personuppgifter i portalen, enligt dataskyddsförordningen (GDPR).

            ## Personuppgiftsansvarig

            Föreningen Sveriges Ekokommuner är personuppgiftsansvarig. Kontakta kansliet via [kontaktsidan](/About/contact) om du har frågor.

            ## Vilka uppgifter och varför

            | Ändamål | Uppgifter | Rättslig grund | Hur länge |
            |---|---|---|---|
            | Medlemskap och kontaktpersoner | Namn, roll, e-post, telefon | Berättigat intresse (föreningens medlemsregister) | Så länge uppdraget pågår och två år därefter |
            | Konton i portalen | E-post, namn, språkval, inloggningar | Avtal (användarvillkoren) | Tills kontot tas bort |
            | Anmälan till evenemang | Namn, organisation, e-post, kostönskemål | Avtal; uttryckligt samtycke för uppgifter om specialkost | Två år efter evenemanget |
            | Fakturor och betalningar | Namn, adress, belopp | Rättslig förpliktelse (bokföringslagen) | Sju år efter räkenskapsårets slut |
            | Nätverksmedlemmar | Profil som du själv fyller i | Samtycke | Tills du avslutar medlemskapet |
            | Rapporter om tillgänglighetsbrister | Det du skriver, ev. namn och e-post | Rättslig förpliktelse (lagen om tillgänglighet till digital offentlig service) | Två år |

            Uppgifterna lagras inom EU/EES och lämnas inte ut till andra än våra personuppgiftsbiträden (drift och e-post), som bara får behandla dem för vår räkning.

            ## Kakor

            Portalen använder bara nödvändiga kakor: en för inloggningen, en för språkvalet och en som skyddar formulär mot förfalskade anrop. Vi använder inga analys- eller reklamkakor.

            ## Dina rättigheter

            Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade, att få uppgifter raderade när de inte längre behövs, att begränsa behandlingen, att invända mot behandling som grundas på berättigat intresse, att få ut dina uppgifter (dataportabilitet) och att när som helst återkalla ett samtycke.

            ## Dataskyddsombud och kontakt

            Föreningen har inget eget dataskyddsombud; frågor om personuppgifter besvaras av kansliet via [kontaktsidan](/About/contact).

            ## Klagomål

            Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), [www.imy.se](https://www.imy.se/).
            """,
            """
            This notice describes how the association Sveriges Ekokommuner processes personal data in the portal, under the General Data Protection Regulation (GDPR).

            ## Controller

            The association Sveriges Ekokommuner is the controller. Contact the secretariat through the [contact page](/About/contact) if you have questions.

            ## What data and why

            | Purpose | Data | Legal basis | How long |
            |---|---|---|---|
            | Membership and contact persons | Name, role, email, phone | Legitimate interest (the association's register of members) | While the assignment lasts and two years after |
            | Portal accounts | Email, name, language, sign-ins | Contract (the terms of use) | Until the account is removed |
            | Event registrations | Name, organisation, email, dietary needs | Contract; explicit consent for special diets | Two years after the event |
            | Invoices and payments | Name, address, amounts | Legal obligation (the Swedish Bookkeeping Act) | Seven years after the end of the financial year |
            | Network members | The profile you fill in yourself | Consent | Until you end your membership |
            | Accessibility problem reports | What you write, name and email if given | Legal obligation (the Act on accessibility to digital public services) | Two years |

            The data is stored in the EU/EEA and is not disclosed to anyone but our processors (hosting and email), who may only process it on our behalf.

            ## Cookies

            The portal uses only necessary cookies: one for signing in, one for the language choice and one that protects forms against forged requests. We use no analytics or advertising cookies.

            ## Your rights

            You have the right to know what data we hold about you, to have wrong data corrected, to have data erased when it is no longer needed, to restrict processing, to object to processing based on legitimate interest, to receive your data (data portability) and to withdraw consent at any time.

            ## Data protection officer and contact

            The association has no data protection officer of its own; the secretariat answers questions about personal data through the [contact page](/About/contact).

            ## Complaints

            If you think we process your personal data wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY), [www.imy.se](https://www.imy.se/).
            """),
        new(Contact, "Kontakt", "Contact",
            """
            Kansliet för Sveriges Ekokommuner sköts av en medlemskommun och svarar på frågor om medlemskap, avgifter, evenemang och portalen.

            Är du kontaktperson för en medlem? [Logga in](/Account/Login) för att hålla dina uppgifter aktuella.

            Har du hittat något på webbplatsen som inte fungerar för dig? [Rapportera en tillgänglighetsbrist](/Accessibility/Report).
            """,
            """
            The secretariat of Sveriges Ekokommuner is run by a member municipality and answers questions about membership, fees, events and the portal.

            Are you a member's contact person? [Log in](/Account/Login) to keep your details current.

            Found something on the website that does not work for you? [Report an accessibility problem](/Accessibility/Report).
            """),
    ];
}
