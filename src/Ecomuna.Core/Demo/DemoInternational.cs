using Ecomuna.Core.Site;

namespace Ecomuna.Core.Demo;

/// <summary>The partner networks abroad and the timeline of the international cooperation 2002–2021.</summary>
internal static class DemoInternational
{
    public static void Add(EcomunaDbContext db)
    {
        var partners = new Dictionary<string, PartnerNetwork>
        {
            ["na"] = Partner("north-america", "North American Eco-Municipality Network", "USA och Kanada", "USA and Canada",
                "Nätverket av ekokommuner i Nordamerika. Tillsammans med Sustainable Sweden Association och Sekom startade nätverket webbcampus Ecomuna 2013.",
                "The network of eco-municipalities in North America. Together with the Sustainable Sweden Association and Sekom it started the Ecomuna web campus in 2013.",
                "Sarah James", "https://www.naemn.org/"),
            ["ar"] = Partner("argentina", "RAMCC – Red Argentina de Municipios frente al Cambio Climático", "Argentina", "Argentina",
                "Det argentinska nätverket av kommuner mot klimatförändringar, med 135 kommuner. Sekom och RAMCC skrev under ett samarbetsavtal 2017.",
                "The Argentine network of municipalities against climate change, with 135 municipalities. Sekom and RAMCC signed a cooperation agreement in 2017.",
                null, "https://www.ramcc.net/"),
            ["cl"] = Partner("chile", "Chilenska ekokommuner", "Chile", "Chile",
                "Ett nätverk av chilenska ekokommuner, bland annat i provinsen Arauco. Sekom och det chilenska kommunförbundet har ett samarbetsavtal sedan 2012.",
                "A network of Chilean eco-municipalities, among them in the province of Arauco. Sekom and the Chilean association of municipalities have had a cooperation agreement since 2012.",
                null, null, "Chilean eco-municipalities"),
            ["et"] = Partner("ethiopia", "Etiopiska ekokommunnätverket", "Etiopien", "Ethiopia",
                "Ett nätverk av etiopiska ekokommuner, med projektet Sustainable Sweden Ethiopia som finansieras via SIDA och UN-Habitat.",
                "A network of Ethiopian eco-municipalities, with the Sustainable Sweden Ethiopia project funded through SIDA and UN-Habitat.",
                null, null, "Ethiopian eco-municipality network"),
            ["jp"] = Partner("japan", "COLGEI – Coalition of Local Governments for Environmental Initiative", "Japan", "Japan",
                "Japanska kommuner som samarbetar kring miljöfrågor. Kontakten etablerades 2005.",
                "Japanese local governments working together on the environment. Contact was established in 2005.",
                null, null),
            ["ke"] = Partner("kenya", "Machakos", "Kenya", "Kenya",
                "Ett SIDA-finansierat utvecklingsprojekt mellan Robertsfors kommun och Machakos i Kenya, inlett 2007.",
                "A SIDA-funded development project between Robertsfors municipality and Machakos in Kenya, started in 2007.",
                null, null),
            ["nordic"] = Partner("nordic", "Nordiska nätverk", "Norden", "Nordic countries",
                "Samarbete med nordiska nätverk som norska Foregangskommunerne och danska Dogme 2000, och ett [nordiskt partnerskap för klimatneutrala små och medelstora kommuner](/About/nordic-partnership).",
                "Cooperation with Nordic networks such as the Norwegian Foregangskommunerne and the Danish Dogme 2000, and a [Nordic partnership for climate-neutral small and medium municipalities](/About/nordic-partnership).",
                null, null, "Nordic networks"),
            ["iclei"] = Partner("iclei", "ICLEI – Local Governments for Sustainability", "Internationellt", "International",
                "Den internationella organisationen för miljökommuner, med över 2 500 lokala och regionala myndigheter.",
                "The international organisation of local governments for sustainability, with more than 2,500 local and regional governments.",
                null, "https://iclei.org/"),
        };
        var position = 0;
        foreach (var partner in partners.Values)
        {
            partner.Position = position += 10;
            db.PartnerNetworks.Add(partner);
        }

        foreach (var (year, partner, sv, en) in Timeline)
        {
            db.CooperationEntries.Add(new CooperationEntry { Year = year, Partner = partner is null ? null : partners[partner], TextSv = sv, TextEn = en });
        }
    }

    private static PartnerNetwork Partner(
        string slug, string name, string countrySv, string countryEn, string sv, string en, string? contact, string? website, string? englishName = null) =>
        new()
        {
            Slug = slug, Name = name, CountrySv = countrySv, CountryEn = countryEn, DescriptionSv = sv,
            DescriptionEn = englishName is null ? en : $"**{englishName}.** {en}", ContactName = contact, Website = website,
        };

    private static readonly (int Year, string? Partner, string Sv, string En)[] Timeline =
    [
        (2002, "na", "En representant för den kanadensiska ekokommunen Whistler tar kontakt för att få information om hur föreningen Sveriges Ekokommuner är uppbyggd. Ambitionen är att skapa ett liknande nätverk i Kanada.",
            "A representative of the Canadian eco-municipality Whistler gets in touch to learn how the association Sveriges Ekokommuner is organised, aiming to create a similar network in Canada."),
        (2004, "nordic", "Nordiskt samarbete diskuteras – Sekom har kontakt med det norska nätverket Foregangskommunerne och besöker även danska nätverket Dogme 2000.",
            "Nordic cooperation is discussed – Sekom is in touch with the Norwegian network Foregangskommunerne and visits the Danish network Dogme 2000."),
        (2004, null, "Samarbete inleds med Sustainable Sweden Association kring konceptet Sustainable Sweden Tours, för att sprida de positiva erfarenheterna från Sverige och låta Sekoms medlemmar lära av andra länders miljöarbete.",
            "Cooperation starts with the Sustainable Sweden Association on Sustainable Sweden Tours, to spread the good experience from Sweden and let Sekom's members learn from other countries' environmental work."),
        (2005, "na", "Representanter från Sveriges Ekokommuner besöker ekokommuner i USA.", "Representatives of Sveriges Ekokommuner visit eco-municipalities in the USA."),
        (2005, "jp", "Kontakt etableras med Coalition of Local Governments for Environmental Initiative (COLGEI), Japan.", "Contact is established with the Coalition of Local Governments for Environmental Initiative (COLGEI), Japan."),
        (2006, "na", "En Sustainable Sweden Tour med ett trettiotal amerikanska deltagare besöker ett antal svenska ekokommuner.", "A Sustainable Sweden Tour with some thirty American participants visits a number of Swedish eco-municipalities."),
        (2007, "jp", "Sekoms ordförande och samordnare samt en representant från Gotland besöker Japan för att etablera kontakt med japanska ekokommuner.",
            "Sekom's chair and coordinator and a representative of Gotland visit Japan to establish contact with Japanese eco-municipalities."),
        (2007, "ke", "Representanter från Sekom och Robertsfors kommun besöker Machakos i Kenya för att inleda ett SIDA-finansierat utvecklingsprojekt mellan Robertsfors och Machakos.",
            "Representatives of Sekom and Robertsfors municipality visit Machakos in Kenya to start a SIDA-funded development project between Robertsfors and Machakos."),
        (2008, null, "Den första internationella ekokommunkonferensen arrangeras i Helsingborg.", "The first international eco-municipality conference is held in Helsingborg."),
        (2008, "na", "Representanter från Sekom håller ett föredrag om svenska kommuners miljöarbete vid årsmötet för American Planning Association.",
            "Representatives of Sekom speak about Swedish municipalities' environmental work at the annual meeting of the American Planning Association."),
        (2008, "jp", "En styrelserepresentant bjuds in och deltar vid årsmötet för COLGEI i Japan.", "A board representative is invited to and attends the annual meeting of COLGEI in Japan."),
        (2009, null, "Sekoms ordförande bjuds in som talare vid klimatmötet i Köpenhamn (COP 15) för att tala om Helsingborgs och Sekoms arbete med hållbarhetsfrågor.",
            "Sekom's chair is invited to speak at the Copenhagen climate conference (COP 15) about Helsingborg's and Sekom's sustainability work."),
        (2009, "ke", "En representant från Kenya får stöd från Svenska institutet för att besöka svenska ekokommuner.", "A representative from Kenya receives support from the Swedish Institute to visit Swedish eco-municipalities."),
        (2010, "cl", "Företaget Esam inleder ett samarbete med ett nystartat nätverk av chilenska ekokommuner och Sekom bjuds in att samverka.",
            "The company Esam starts working with a newly founded network of Chilean eco-municipalities, and Sekom is invited to take part."),
        (2010, "na", "Amerikanska ambassaden i Stockholm bjuder in till en konferens med 9 kommuner från National League of Cities; 17 svenska ekokommuner deltar. En gemensam förklaring om samarbete skrivs under av USA:s ambassadör Matthew Barzun, Sekoms ordförande Lars Thunberg och samordnaren för det amerikanska ekokommunnätverket Sarah James.",
            "The US embassy in Stockholm hosts a conference with 9 municipalities of the National League of Cities; 17 Swedish eco-municipalities take part. A joint declaration of cooperation is signed by US ambassador Matthew Barzun, Sekom's chair Lars Thunberg and the coordinator of the American eco-municipality network, Sarah James."),
        (2010, "iclei", "Sekoms samordnare deltar i European Roundtable som ICLEI anordnar i Newcastle.", "Sekom's coordinator takes part in the European Roundtable held by ICLEI in Newcastle."),
        (2011, "cl", "En delegation från Chile besöker svenska ekokommuner.", "A delegation from Chile visits Swedish eco-municipalities."),
        (2011, "ke", "Sekoms samordnare talar vid Green Solutions and Sustainable Development, en konferens inom det kenyanska projektet.",
            "Sekom's coordinator speaks at Green Solutions and Sustainable Development, a conference of the Kenyan project."),
        (2011, "na", "Amerikanska ambassaden bjuder fem styrelseledamöter från Sekom till årsmötet för National League of Cities i Washington för att diskutera fördjupat samarbete.",
            "The US embassy invites five of Sekom's board members to the annual meeting of the National League of Cities in Washington to discuss closer cooperation."),
        (2012, "na", "En delegation med amerikanska borgmästare träffar representanter för svenska ekokommuner på Ekocentrum Syd i Malmö.",
            "A delegation of American mayors meets representatives of Swedish eco-municipalities at Ekocentrum Syd in Malmö."),
        (2012, "cl", "Sekoms vice ordförande och en representant från Borgholm bjuds in till Chile. Ett samarbetsavtal mellan Sekom och det chilenska kommunförbundet undertecknas senare i Helsingborg.",
            "Sekom's vice chair and a representative of Borgholm are invited to Chile. A cooperation agreement between Sekom and the Chilean association of municipalities is later signed in Helsingborg."),
        (2012, "iclei", "Sekoms samordnare deltar vid ett möte i London för att förbereda ICLEI:s deltagande i Rio+20.", "Sekom's coordinator attends a meeting in London to prepare ICLEI's participation in Rio+20."),
        (2012, null, "En Sustainable Sweden Tour besöker 9 svenska ekokommuner, med den chilenske ekonomen Manfred Max-Neef, mottagare av Right Livelihood Award, som föreläsare.",
            "A Sustainable Sweden Tour visits 9 Swedish eco-municipalities, with the Chilean economist Manfred Max-Neef, Right Livelihood Award laureate, as lecturer."),
        (2013, "na", "Sustainable Sweden Association, North American Eco-Municipality Network och Sekom startar webbcampus Ecomuna för att sprida information mellan internationella organisationer.",
            "The Sustainable Sweden Association, the North American Eco-Municipality Network and Sekom start the Ecomuna web campus to share information between international organisations."),
        (2013, "iclei", "Sekoms samordnare medverkar vid två möten med ICLEI.", "Sekom's coordinator takes part in two meetings with ICLEI."),
        (2014, "ke", "En delegation från Kenya besöker några svenska ekokommuner.", "A delegation from Kenya visits some Swedish eco-municipalities."),
        (2014, "cl", "En delegation från Chile besöker Helsingborg, och ett webbinarium hålls mellan Sekom och provinsen Arauco via Ecomuna.",
            "A delegation from Chile visits Helsingborg, and a webinar is held between Sekom and the province of Arauco through Ecomuna."),
        (2015, "iclei", "Sekom deltar med 5 representanter vid ICLEI:s årskonferens i Bryssel.", "Sekom sends 5 representatives to ICLEI's annual conference in Brussels."),
        (2015, "et", "En delegation från det etiopiska ekokommunnätverket besöker Sverige.", "A delegation from the Ethiopian eco-municipality network visits Sweden."),
        (2016, "cl", "Två styrelserepresentanter och en representant från Härnösand besöker Araucoprovinsen i Chile för att diskutera ett ekoturismprojekt.",
            "Two board representatives and a representative of Härnösand visit the Arauco province in Chile to discuss an ecotourism project."),
        (2016, "et", "Sekoms samordnare besöker tillsammans med Sustainable Sweden Association det etiopiska departementet för stadsplanering i Addis Abeba för att diskutera finansiering av projektet.",
            "Sekom's coordinator and the Sustainable Sweden Association visit the Ethiopian ministry of urban planning in Addis Ababa to discuss funding for the project."),
        (2016, "nordic", "Sekoms ordförande Ellinor Avsan talar vid Nordregio Forum i Helsingfors.", "Sekom's chair Ellinor Avsan speaks at the Nordregio Forum in Helsinki."),
        (2017, "ar", "En delegation från Argentina besöker Sverige och Sekom skriver under ett samarbetsavtal med det argentinska nätverket RAMCC (135 kommuner). Sekoms ordförande och samordnare besöker Argentina.",
            "A delegation from Argentina visits Sweden, and Sekom signs a cooperation agreement with the Argentine network RAMCC (135 municipalities). Sekom's chair and coordinator visit Argentina."),
        (2017, "et", "En delegation från Etiopien besöker Sverige och en workshop hålls tillsammans med Etiopiens ambassadör på Ekocentrum i Göteborg.",
            "A delegation from Ethiopia visits Sweden, and a workshop is held with Ethiopia's ambassador at Ekocentrum in Gothenburg."),
        (2018, "ar", "En argentinsk planerare praktiserar i ett par svenska ekokommuner, och Sekom presenterar goda exempel på förnybar energi vid en konferens i Argentina.",
            "An Argentine planner works as an intern in a couple of Swedish eco-municipalities, and Sekom presents good examples of renewable energy at a conference in Argentina."),
        (2019, "et", "Etiopienprojektet får finansiering via SIDA och UN-Habitat, med planerad start 2020.", "The Ethiopia project is funded through SIDA and UN-Habitat, with a planned start in 2020."),
        (2020, "et", "Sekoms samordnare och en representant från Övertorneå deltar vid projektets kick-off i Etiopien i februari. Pandemin och senare stridigheter gör att projektet pausas.",
            "Sekom's coordinator and a representative of Övertorneå attend the project's kick-off in Ethiopia in February. The pandemic and later fighting put the project on hold."),
        (2021, "ar", "Samarbetet med de argentinska och amerikanska nätverken fortsätter med webbmöten.", "Cooperation with the Argentine and American networks continues in online meetings."),
    ];
}
