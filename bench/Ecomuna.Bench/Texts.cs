using Ecomuna.Core.Members;

namespace Ecomuna.Bench;

/// <summary>Swedish-like names, places and sustainability texts to build the data set from.</summary>
internal static class Texts
{
    public static readonly (string Name, PartOfCountry Part)[] Counties =
    [
        ("Stockholms län", PartOfCountry.Svealand), ("Uppsala län", PartOfCountry.Svealand), ("Södermanlands län", PartOfCountry.Svealand),
        ("Östergötlands län", PartOfCountry.Gotaland), ("Jönköpings län", PartOfCountry.Gotaland), ("Kronobergs län", PartOfCountry.Gotaland),
        ("Kalmar län", PartOfCountry.Gotaland), ("Gotlands län", PartOfCountry.Gotaland), ("Blekinge län", PartOfCountry.Gotaland),
        ("Skåne län", PartOfCountry.Gotaland), ("Hallands län", PartOfCountry.Gotaland), ("Västra Götalands län", PartOfCountry.Gotaland),
        ("Värmlands län", PartOfCountry.Svealand), ("Örebro län", PartOfCountry.Svealand), ("Västmanlands län", PartOfCountry.Svealand),
        ("Dalarnas län", PartOfCountry.Svealand), ("Gävleborgs län", PartOfCountry.Norrland), ("Västernorrlands län", PartOfCountry.Norrland),
        ("Jämtlands län", PartOfCountry.Norrland), ("Västerbottens län", PartOfCountry.Norrland), ("Norrbottens län", PartOfCountry.Norrland),
    ];

    public static readonly string[] PlaceStarts =
    [
        "Björk", "Ek", "Gran", "Tall", "Lind", "Ask", "Al", "Sjö", "Å", "Berg", "Dal", "Strand", "Skog", "Mal", "Sten", "Hag", "Ny", "Gam",
        "Hjo", "Fal", "Kil", "Mora", "Sala", "Tran", "Vall", "Öster", "Väster", "Norr", "Söder", "Kungs", "Drottning", "Lill", "Stor",
        "Hassel", "Rönn", "Ljung", "Mos", "Myr", "Kvarn", "Kyrk",
    ];

    public static readonly string[] PlaceEnds =
    [
        "by", "holm", "köping", "hamn", "torp", "vik", "berga", "sund", "ås", "fors", "näs", "ryd", "sjö", "stad", "dala", "bo", "lunda",
        "åker", "mark", "hult", "udden", "ö", "tuna", "sta", "inge", "löv", "ängen", "boda", "bränna", "rum",
    ];

    public static readonly string[] PlacePrefixes = ["", "Norra ", "Södra ", "Östra ", "Västra ", "Övre ", "Nedre ", "Stora ", "Lilla "];

    public static readonly string[] FirstNames =
    [
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kristina", "Emma", "Elin", "Ingrid", "Johanna", "Sofia", "Malin", "Linnea", "Ida",
        "Helena", "Cecilia", "Åsa", "Marie", "Jenny", "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jan", "Hans",
        "Peter", "Fredrik", "Daniel", "Magnus", "Mats", "Jonas", "Oskar", "Henrik", "Björn", "Gustav", "Amir", "Leila", "Ahmed", "Fatima",
    ];

    public static readonly string[] LastNames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
        "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Lindqvist", "Lindgren",
        "Berg", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Lund", "Sandberg", "Mattsson", "Forsberg", "Sjöberg", "Wallin", "Engström",
        "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Holm", "Öberg", "Nyström", "Åberg", "Hosseini", "Ali", "Mohammed",
    ];

    public static readonly string[] Parties = ["S", "M", "SD", "C", "V", "KD", "L", "MP"];

    public static readonly string[] Titles =
    [
        "Kommunstyrelsens ordförande", "Miljöstrateg", "Hållbarhetschef", "Klimatstrateg", "Kommunalråd", "Oppositionsråd", "Miljöchef",
        "Energi- och klimatrådgivare", "Samhällsbyggnadschef", "Kommunikatör", "Utvecklingsledare", "Folkhälsostrateg",
    ];

    /// <summary>Example topics by theme (the themes' Swedish names as the migration creates them).</summary>
    public static readonly (string Theme, string Title, string Keywords)[] Topics =
    [
        ("Energi", "Solceller på skolornas tak i {0}", "solceller solenergi tak skolor förnybar el"),
        ("Energi", "Energieffektivisering av kommunens fastigheter i {0}", "energieffektivisering fastigheter värmepumpar belysning"),
        ("Energi", "Biogas från avloppsslam och matavfall i {0}", "biogas avloppsslam matavfall fordonsgas rötning"),
        ("Transporter", "Cykelvägar som binder ihop {0}", "cykelvägar cykling pendling trafiksäkerhet"),
        ("Transporter", "Elbussar i stadstrafiken i {0}", "elbussar kollektivtrafik laddning buller"),
        ("Transporter", "Bilpool för kommunens anställda i {0}", "bilpool tjänsteresor elbilar resepolicy"),
        ("Biologisk mångfald", "Ängsmark i stället för gräsmatta i {0}", "ängsmark pollinatörer blommor slåtter"),
        ("Biologisk mångfald", "Våtmarker för fåglar och groddjur i {0}", "våtmarker fåglar groddjur vattenrening"),
        ("Cirkulär ekonomi", "Återbruk av möbler i förvaltningarna i {0}", "återbruk möbler cirkulär ekonomi inventarier"),
        ("Cirkulär ekonomi", "Kretsloppspark vid återvinningscentralen i {0}", "kretsloppspark återvinning återbruk secondhand"),
        ("Mat", "Mer ekologisk och närproducerad mat i skolan i {0}", "ekologisk närproducerad mat skolmåltider lantbrukare"),
        ("Mat", "Minskat matsvinn i skolrestaurangerna i {0}", "matsvinn skolrestauranger vågar tallrikssvinn"),
        ("Utbildning", "Klimatkunskap för alla förtroendevalda i {0}", "klimatkunskap utbildning förtroendevalda workshop"),
        ("Utbildning", "Hållbarhetsveckan i grundskolan i {0}", "hållbarhetsvecka grundskola elever lärare"),
        ("Vatten", "Dagvattendammar som rening och park i {0}", "dagvatten dammar rening park skyfall"),
        ("Styrning och ledning", "Klimatbudget i styrningen av {0}", "klimatbudget styrning utsläpp budgetprocess"),
        ("Klimatanpassning", "Skyfallsplan för centrala {0}", "skyfall klimatanpassning översvämning kartläggning"),
        ("Samhällsplanering", "Förtätning nära kollektivtrafiken i {0}", "förtätning stationsnära bostäder översiktsplan"),
        ("Hållbar upphandling", "Miljökrav i livsmedelsupphandlingen i {0}", "upphandling miljökrav livsmedel djurskydd"),
        ("Social hållbarhet", "Sommarjobb med hållbarhetsfokus för unga i {0}", "sommarjobb ungdomar social hållbarhet naturvård"),
    ];

    public static readonly string[] Sentences =
    [
        "Arbetet startade efter ett beslut i kommunfullmäktige och har sedan dess följts upp varje år.",
        "Förvaltningarna samarbetar över gränserna och har en gemensam projektgrupp med representanter från skola, teknik och miljö.",
        "Invånarna har bjudits in till dialogmöten där förslagen har diskuterats och förbättrats.",
        "Resultaten redovisas i kommunens hållbarhetsrapport tillsammans med de gröna nyckeltalen.",
        "Kostnaden har delvis finansierats med statligt stöd från Klimatklivet och med medel från regionen.",
        "Erfarenheterna delas gärna med andra ekokommuner som vill göra något liknande.",
        "Lokala företag och föreningar har varit viktiga samarbetspartner från början.",
        "Satsningen har minskat utsläppen av växthusgaser och samtidigt sänkt driftkostnaderna.",
        "En utvärdering visade att både personal och invånare är nöjda med resultatet.",
        "Nästa steg är att sprida arbetssättet till fler verksamheter och till grannkommunerna.",
        "Projektet följer de fyra hållbarhetsprinciperna och bidrar till flera av de globala målen.",
        "Ungdomsrådet har deltagit och kommit med egna förslag som har genomförts.",
        "Det svåraste var att hitta tid i verksamheterna, men en tydlig tidplan hjälpte.",
        "Arbetet har uppmärksammats i lokala medier och i Sveriges Ekokommuners nätverk.",
        "Uppföljningen görs med mätningar två gånger per år och redovisas öppet på kommunens webbplats.",
        "Kommunen har också tagit fram en vägledning så att andra kan dra nytta av erfarenheterna.",
        "Satsningen är en del av kommunens miljöprogram och klimatstrategi fram till 2030.",
        "Genom att börja i liten skala kunde man pröva idéerna innan de infördes i hela kommunen.",
    ];

    public static readonly string[] EnglishSentences =
    [
        "The work began after a decision by the municipal council and has been followed up every year since.",
        "The departments cooperate across boundaries with a joint project group from schools, technical services and the environment office.",
        "Residents were invited to dialogue meetings where the proposals were discussed and improved.",
        "The results are reported in the municipality's sustainability report together with the green key indicators.",
        "The investment has reduced greenhouse gas emissions and lowered running costs at the same time.",
        "The experience is gladly shared with other eco-municipalities that want to do something similar.",
        "Local businesses and associations have been important partners from the start.",
        "Solar panels, cycling routes and renewable energy are part of the municipality's climate strategy until 2030.",
    ];

    public static readonly string[] Dietary = ["Vegetarisk", "Vegan", "Glutenfri", "Laktosfri", "Nötallergi"];

    public static readonly string[] EventTitles =
    [
        "Ekokommunernas årskonferens", "Höstkongress om klimatomställning", "Webbinarium: gröna nyckeltal", "Nätverksträff för miljöstrateger",
        "Styrelsemöte", "Forumsmöte", "Studiebesök: kretsloppspark", "Webbinarium: hållbar upphandling", "Nätverksträff: cirkulär ekonomi",
        "Studiebesök: biogasanläggning", "Webbinarium: klimatanpassning", "Nätverksträff: energi och fastigheter",
    ];

    public static string Slug(string name) => new([.. name.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e')
        .Where(c => char.IsAsciiLetterOrDigit(c))]);
}
