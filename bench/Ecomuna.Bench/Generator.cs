using System.Globalization;
using System.Security.Cryptography;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Npgsql;

namespace Ecomuna.Bench;

/// <summary>How big the generated network is.</summary>
internal sealed record Scale(int Members, int ContactsPerMember, int Examples, int IndicatorYears, int Events, int Registrations, int FeeYears)
{
    /// <summary>The benchmark's data set.</summary>
    public static readonly Scale Full = new(3_000, 10, 10_000, 15, 500, 50_000, 9);

    /// <summary>A tenth of it, to check the benchmark itself in a few minutes.</summary>
    public static readonly Scale Quick = new(300, 10, 1_000, 15, 50, 5_000, 9);
}

/// <summary>
/// Writes the data set with binary COPY. Ids are chosen here (the identity columns are BY DEFAULT) and the
/// sequences are moved past them at the end, so the app can add rows afterwards. The rows keep the app's rules:
/// one delegate politician and civil servant per member, invoice numbers without gaps from the first number with
/// their OCR references, paid amounts that are the sum of the payments, seats never overbooked, one registration
/// per address and event.
/// </summary>
internal sealed class Generator(NpgsqlConnection connection, Scale scale)
{
    private const string By = "benchmark@ecomuna.local";
    private const int LastDataYear = 2025;
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private readonly Random _random = new(20261123);
    private readonly List<(string Table, long Count)> _counts = [];
    private readonly List<MemberRow> _members = [];
    private readonly List<ContactRow> _contacts = [];

    private sealed record MemberRow(int Id, string Name, string Slug, MemberKind Kind, MembershipStatus Status, DateOnly MemberSince, int[] Population, string Address);

    private sealed record ContactRow(int Id, int MemberId, string FirstName, string LastName, string Email, bool Current);

    private sealed class InvoiceRow
    {
        public int Id;
        public long Number;
        public int? MemberId;
        public int? EventId;
        public int? FeeYear;
        public int? FeeScheduleId;
        public int? PopulationUsed;
        public DateOnly IssueDate;
        public string BuyerName = "";
        public string BuyerAddress = "";
        public string? BuyerReference;
        public string? BuyerOrganisationNumber;
        public decimal VatRate;
        public string SentTo = "";
        public readonly List<(string Description, decimal Amount, int? RegistrationId)> Lines = [];
    }

    public async Task<IReadOnlyList<(string Table, long Count)>> RunAsync()
    {
        await MembersAsync();
        await ContactsAsync();
        await IndicatorsAsync();
        await ExamplesAsync();
        await EventsAndInvoicesAsync();
        await RemindersAlreadySentAsync();
        await ResetSequencesAsync();
        await ExecuteAsync("ANALYZE");
        return _counts;
    }

    /// <summary>
    /// A portal that has been running for years has already sent the reminders for its old unpaid invoices and asked
    /// every member to confirm its details this year. Without these rows the app's first job tick would make thousands
    /// of reminder PDFs while the pages are measured.
    /// </summary>
    private async Task RemindersAlreadySentAsync()
    {
        var invoice = (int)InvoiceKind.Invoice;
        var active = (int)MembershipStatus.Active;
        await ExecuteAsync($"""
            INSERT INTO "SentReminders" ("Job", "Key", "CreatedAtUtc")
            SELECT 'invoice-reminders', 'invoice:' || i."Id" || ':' || s.step, now()
            FROM "Invoices" i CROSS JOIN (VALUES (10), (30)) AS s(step)
            WHERE i."Kind" = {invoice} AND NOT i."IsCredited" AND i."PaidAmount" < i."Total" AND i."DueDate" <= current_date - s.step
            """);
        await ExecuteAsync($"""
            INSERT INTO "SentReminders" ("Job", "Key", "CreatedAtUtc")
            SELECT 'confirm-details', 'member:' || "Id" || ':1', now() - interval '30 days' FROM "Members" WHERE "Status" = {active}
            """);
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "SentReminders" """, connection);
        _counts.Add(("SentReminders", (long)(await count.ExecuteScalarAsync())!));
    }

    private int Pick(int count) => _random.Next(count);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Chance(double p) => _random.NextDouble() < p;

    private async Task MembersAsync()
    {
        var names = new HashSet<string>();
        var active = scale.Members;
        var total = active + (active / 50) + (active / 100); // plus some resigned members and applicants
        var rows = new List<object?[]>();
        var populations = new List<object?[]>();
        var populationId = 0;
        for (var id = 1; id <= total; id++)
        {
            var kind = id % 20 == 0 ? MemberKind.Region : MemberKind.Municipality;
            var county = Texts.Counties[Pick(Texts.Counties.Length)];
            string name;
            do
            {
                var place = Texts.PlacePrefixes[Pick(Texts.PlacePrefixes.Length)] + Texts.PlaceStarts[Pick(Texts.PlaceStarts.Length)]
                    + Texts.PlaceEnds[Pick(Texts.PlaceEnds.Length)];
                name = kind == MemberKind.Region ? "Region " + place : place;
            }
            while (!names.Add(name));

            var status = id <= active ? MembershipStatus.Active : id <= active + (active / 50) ? MembershipStatus.Resigned : MembershipStatus.Applicant;
            var since = new DateOnly(1995 + Pick(22), 1 + Pick(12), 1 + Pick(28));
            // Log-normal around 16 000 inhabitants: most members are small, a few are cities; regions are large.
            var inhabitants = kind == MemberKind.Region
                ? 150_000 + Pick(1_500_000)
                : (int)Math.Clamp(Math.Exp(9.7 + (Gaussian() * 0.9)), 2_400, 990_000);
            var growth = (Gaussian() * 0.006) + 0.003;
            var population = new int[scale.IndicatorYears];
            for (var i = 0; i < population.Length; i++)
            {
                population[i] = (int)(inhabitants * Math.Pow(1 + growth, i - population.Length + 1));
                populations.Add([++populationId, id, LastDataYear - population.Length + 1 + i, population[i],
                    new DateOnly(LastDataYear - population.Length + 1 + i, 12, 31), "SCB"]);
            }

            var slug = Texts.Slug(name);
            var street = kind == MemberKind.Region ? "Regionens hus" : $"Stadshuset, Storgatan {1 + Pick(60)}";
            var postal = $"{100 + Pick(880)} {10 + Pick(89)}";
            var member = new MemberRow(id, name, slug, kind, status, since, population, $"{street}\n{postal} {name}");
            _members.Add(member);
            rows.Add([
                id, name, (int)kind, "SE", county.Name, (int)county.Part, (int)status,
                status == MembershipStatus.Applicant ? null : since,
                status == MembershipStatus.Resigned ? new DateOnly(2024, 12, 31) : null,
                since.AddMonths(-2), OrganisationNumberFor(id), street, postal, name,
                Chance(0.2) ? $"Ekonomiavdelningen\nBox {Pick(999)}\n{postal} {name}" : null,
                Chance(0.6) ? $"Ref {1000 + Pick(9000)}" : null,
                $"https://www.{slug}.se", null,
                Chance(0.7) ? new DateTimeOffset(Now.AddDays(-Pick(500)), TimeSpan.Zero) : null,
            ]);
        }

        await CopyAsync("Members", ["Id", "Name", "Kind", "CountryCode", "County", "PartOfCountry", "Status", "MemberSince", "MemberUntil",
            "CouncilDecisionDate", "OrganisationNumber", "StreetAddress", "PostalCode", "City", "InvoiceAddress", "InvoiceReference",
            "Website", "DeclineReason", "DetailsConfirmedAt"], rows);
        await CopyAsync("PopulationFigures", ["Id", "MemberId", "Year", "Population", "ReferenceDate", "Source"], populations);
    }

    /// <summary>Municipalities' organisation numbers start 212000-; the last digit is the Luhn check digit.</summary>
    private static string OrganisationNumberFor(int id)
    {
        var digits = "2120" + (10_000 + id).ToString("D5", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }

        var number = $"{digits[..6]}-{digits[6..]}{(10 - (sum % 10)) % 10}";
        return OrganisationNumber.IsValid(number) ? number : throw new InvalidOperationException("Bad organisation number " + number);
    }

    private async Task ContactsAsync()
    {
        var rows = new List<object?[]>();
        ContactRole[] roles = [ContactRole.Politician, ContactRole.CivilServant, ContactRole.AlternatePolitician, ContactRole.Politician, ContactRole.CivilServant];
        var id = 0;
        foreach (var member in _members)
        {
            for (var i = 0; i < scale.ContactsPerMember; i++)
            {
                var role = i < roles.Length ? roles[i] : ContactRole.OtherStaff;
                var first = Pick(Texts.FirstNames);
                var last = Pick(Texts.LastNames);
                var email = $"{Texts.Slug(first)}.{Texts.Slug(last)}{++id}@{member.Slug}.se";
                var ended = i == scale.ContactsPerMember - 1; // one former contact per member
                var isDelegate = i < 2 && member.Status != MembershipStatus.Applicant;
                var politician = role is ContactRole.Politician or ContactRole.AlternatePolitician;
                _contacts.Add(new ContactRow(id, member.Id, first, last, email, !ended));
                rows.Add([
                    id, member.Id, first, last, (int)role, politician ? Pick(Texts.Parties) : null, Pick(Texts.Titles), email,
                    $"0{10 + Pick(89)}-{100000 + Pick(899999)}", isDelegate, Chance(0.6), member.MemberSince,
                    ended ? new DateOnly(2023, 6, 30) : null, null,
                    Chance(0.5) ? new DateTimeOffset(Now.AddDays(-Pick(700)), TimeSpan.Zero) : null,
                ]);
            }
        }

        await CopyAsync("ContactPersons", ["Id", "MemberId", "FirstName", "LastName", "Role", "Party", "Title", "Email", "Phone", "IsDelegate",
            "ShowPublicly", "StartedOn", "EndedOn", "UserId", "DetailsConfirmedAt"], rows);
    }

    private async Task IndicatorsAsync()
    {
        var firstYear = LastDataYear - scale.IndicatorYears + 1;
        var older = DemoDataSeeder.ReadIndicators2012();
        foreach (var indicator in older)
        {
            indicator.ValidFromYear = firstYear;
        }

        var indicators = older.Concat(DemoDataSeeder.ReadIndicators2023()).ToList();
        var indicatorRows = new List<object?[]>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var k = indicators[i];
            k.Id = i + 1;
            indicatorRows.Add([k.Id, k.Code, k.NameSv, k.NameEn, k.Unit, (int)k.Direction, k.Definition, k.DefinitionSv, k.DataSource,
                k.ValidFromYear, k.ValidToYear, k.PlausibleMin, k.PlausibleMax]);
        }

        await CopyAsync("KeyIndicators", ["Id", "Code", "NameSv", "NameEn", "Unit", "Direction", "Definition", "DefinitionSv", "DataSource",
            "ValidFromYear", "ValidToYear", "PlausibleMin", "PlausibleMax"], indicatorRows);

        var years = new List<object?[]>();
        for (var year = firstYear; year <= LastDataYear; year++)
        {
            var opened = new DateTime(year + 1, 2, 1, 8, 0, 0, DateTimeKind.Utc);
            years.Add([year - firstYear + 1, year, new DateOnly(year + 1, 4, 30), opened, year == LastDataYear ? null : opened.AddMonths(4)]);
        }

        await CopyAsync("ReportingYears", ["Id", "Year", "Deadline", "OpenedAtUtc", "ClosedAtUtc"], years);

        var reports = new List<object?[]>();
        var reportId = 0;
        var valueId = 0;
        var members = _members.Where(m => m.Status != MembershipStatus.Applicant).ToList();
        // Each member sits at its own place in each indicator's plausible range, and moves a little every year.
        var standing = members.ToDictionary(m => m.Id, _ => indicators.ToDictionary(k => k.Id, _ => 0.15 + (_random.NextDouble() * 0.6)));
        await using (var writer = await connection.BeginBinaryImportAsync(CopyCommand("IndicatorValues",
            ["Id", "MemberId", "KeyIndicatorId", "Year", "Value", "Comment", "Source", "UpdatedAtUtc", "UpdatedBy"])))
        {
            for (var year = firstYear; year <= LastDataYear; year++)
            {
                var at = new DateTime(year + 1, 3, 1 + Pick(28), 9, 0, 0, DateTimeKind.Utc);
                foreach (var member in members)
                {
                    var submitted = year < LastDataYear || Chance(0.8);
                    reports.Add([++reportId, member.Id, year, (int)(submitted ? ReportStatus.Submitted : ReportStatus.Draft), at, By,
                        submitted ? at : null, submitted ? By : null]);
                    foreach (var indicator in indicators.Where(k => k.IsValidIn(year)))
                    {
                        var (low, high) = (indicator.PlausibleMin ?? 0, indicator.PlausibleMax ?? 100);
                        var place = standing[member.Id][indicator.Id] = Math.Clamp(standing[member.Id][indicator.Id] + (Gaussian() * 0.02), 0.01, 0.99);
                        var value = Math.Round(low + ((high - low) * place * 0.5), 2);
                        await writer.StartRowAsync();
                        await WriteAsync(writer, [++valueId, member.Id, indicator.Id, year, value, null, Chance(0.3) ? "SCB" : null, at, By]);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        _counts.Add(("IndicatorValues", valueId));
        await CopyAsync("IndicatorReports", ["Id", "MemberId", "Year", "Status", "UpdatedAtUtc", "UpdatedBy", "SubmittedAtUtc", "SubmittedBy"], reports);
    }

    private async Task ExamplesAsync()
    {
        var themes = new Dictionary<string, int>();
        await using (var command = new NpgsqlCommand("""SELECT "Id", "NameSv" FROM "ExampleThemes" """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                themes[reader.GetString(1)] = reader.GetInt32(0);
            }
        }

        var themeIds = themes.Values.ToList();
        var members = _members.Where(m => m.Status == MembershipStatus.Active).ToList();
        var contacts = _contacts.ToLookup(c => c.MemberId);
        List<object?[]> examples = [], links = [], goals = [], exampleThemes = [], history = [], initiatives = [];
        var linkId = 0;
        var historyId = 0;
        for (var id = 1; id <= scale.Examples; id++)
        {
            var member = Pick(members);
            var topic = Pick(Texts.Topics);
            var english = Chance(0.1);
            var title = string.Format(CultureInfo.InvariantCulture, topic.Title, member.Name);
            var sentences = english ? Texts.EnglishSentences : Texts.Sentences;
            var summary = $"{title}. {Pick(sentences)} Nyckelord: {topic.Keywords}.";
            var body = string.Join("\n\n", Enumerable.Range(0, 4 + Pick(6)).Select(_ =>
                string.Join(" ", Enumerable.Range(0, 3 + Pick(3)).Select(_ => Pick(sentences)))
                + $" I {member.Name} handlar det om {string.Join(", ", topic.Keywords.Split(' ').OrderBy(_ => _random.Next()).Take(3))}."));
            var year = 2010 + Pick(LastDataYear - 2010 + 2);
            var created = new DateTime(Math.Min(year, 2026), 1 + Pick(10), 1 + Pick(28), 10, 0, 0, DateTimeKind.Utc);
            var status = Chance(0.85) ? ExampleStatus.Published : (ExampleStatus)(1 + Pick(5));
            var submitted = status == ExampleStatus.Draft ? (DateTime?)null : created.AddDays(3);
            var published = status is ExampleStatus.Published or ExampleStatus.Unpublished ? created.AddDays(10 + Pick(20)) : (DateTime?)null;
            if (published > Now)
            {
                published = Now.AddDays(-1);
            }

            var contact = Pick(contacts[member.Id].ToList());
            examples.Add([id, member.Id, title, summary.Length > 600 ? summary[..600] : summary, body, year, $"{contact.FirstName} {contact.LastName}",
                contact.Email, (int)status, created, published ?? submitted ?? created, submitted, published]);

            var topicTheme = themes.GetValueOrDefault(topic.Theme, themeIds[0]);
            foreach (var theme in new[] { topicTheme, Pick(themeIds) }.Distinct())
            {
                exampleThemes.Add([id, theme]);
            }

            foreach (var goal in Enumerable.Range(0, 1 + Pick(4)).Select(_ => 1 + Pick(17)).Distinct())
            {
                goals.Add([id, goal]);
            }

            for (var position = 0; position < Pick(3); position++)
            {
                links.Add([++linkId, id, position, $"https://www.{member.Slug}.se/hallbarhet/{id}-{position}", "Läs mer på kommunens webbplats"]);
            }

            history.Add([++historyId, id, null, (int)ExampleStatus.Draft, created, null, contact.Email, null]);
            if (submitted is { } at)
            {
                history.Add([++historyId, id, (int)ExampleStatus.Draft, (int)ExampleStatus.Submitted, at, null, contact.Email, null]);
            }

            if (published is { } on)
            {
                history.Add([++historyId, id, (int)ExampleStatus.Submitted, (int)ExampleStatus.Published, on, null, By, null]);
            }

            if (status == ExampleStatus.Published && initiatives.All(i => (int)i[0]! != year) && year <= LastDataYear)
            {
                initiatives.Add([year, id, new DateTime(year, 12, 10, 12, 0, 0, DateTimeKind.Utc), By]);
            }
        }

        await CopyAsync("GoodExamples", ["Id", "MemberId", "Title", "Summary", "Body", "Year", "ContactName", "ContactEmail", "Status",
            "CreatedAtUtc", "UpdatedAtUtc", "SubmittedAtUtc", "PublishedAtUtc"], examples);
        await CopyAsync("GoodExampleThemes", ["ExampleId", "ThemeId"], exampleThemes);
        await CopyAsync("GoodExampleGoals", ["ExampleId", "Goal"], goals);
        await CopyAsync("GoodExampleLinks", ["Id", "ExampleId", "Position", "Url", "Text"], links);
        await CopyAsync("GoodExampleHistory", ["Id", "ExampleId", "From", "To", "AtUtc", "ByUserId", "ByName", "Comment"], history);
        await CopyAsync("InitiativesOfTheYear", ["Year", "ExampleId", "NamedAtUtc", "NamedBy"], initiatives);
    }

    private async Task EventsAndInvoicesAsync()
    {
        var firstFeeYear = LastDataYear - scale.FeeYears + 1;
        var schedules = new List<object?[]>();
        var scheduleIds = new Dictionary<int, FeeSchedule>();
        for (var year = firstFeeYear; year <= LastDataYear + 1; year++)
        {
            var schedule = new FeeSchedule
            {
                Id = year - firstFeeYear + 1, Year = year, DecidedOn = new DateOnly(year - 1, 5, 20),
                MunicipalityFixedFee = 3500 + (50 * (year - firstFeeYear)), TrainingCentreFee = 5000, EducatorOrConsultantFee = 2500, ResearcherFee = 1500, FriendFee = 300,
            };
            scheduleIds[year] = schedule;
            schedules.Add([schedule.Id, year, schedule.DecidedOn, schedule.MunicipalityFixedFee, schedule.MunicipalityFeePerInhabitant,
                schedule.PopulationCap, schedule.RegionFee, schedule.TrainingCentreFee, schedule.EducatorOrConsultantFee, schedule.ResearcherFee,
                schedule.FriendFee, schedule.VatRate]);
        }

        await CopyAsync("FeeSchedules", ["Id", "Year", "DecidedOn", "MunicipalityFixedFee", "MunicipalityFeePerInhabitant", "PopulationCap",
            "RegionFee", "TrainingCentreFee", "EducatorOrConsultantFee", "ResearcherFee", "FriendFee", "VatRate"], schedules);

        // The yearly fee invoices of the past years; the current year's run is left for the benchmark to time.
        var invoices = new List<InvoiceRow>();
        foreach (var member in _members.Where(m => m.Status != MembershipStatus.Applicant))
        {
            for (var year = Math.Max(firstFeeYear, member.MemberSince.Year + 1); year <= LastDataYear; year++)
            {
                var population = member.Population[year - 1 - (LastDataYear - member.Population.Length + 1)];
                var amount = scheduleIds[year].FeeFor(member.Kind, population)!.Value;
                var invoice = new InvoiceRow
                {
                    MemberId = member.Id, FeeYear = year, FeeScheduleId = scheduleIds[year].Id,
                    PopulationUsed = member.Kind == MemberKind.Municipality ? population : null, IssueDate = new DateOnly(year, 2, 1 + Pick(10)),
                    BuyerName = member.Name, BuyerAddress = member.Address, BuyerOrganisationNumber = OrganisationNumberFor(member.Id),
                    SentTo = $"ekonomi@{member.Slug}.se",
                };
                invoice.Lines.Add((InvoiceRun.Describe(year, invoice.PopulationUsed), amount, null));
                invoices.Add(invoice);
            }
        }

        // Events spread over the years, a few dozen still to come, with their registrations.
        var titleIndexes = Enumerable.Range(0, scale.Events).Select(_ => Pick(Texts.EventTitles.Length)).ToList();
        // Board and forum meetings have a handful of people; conferences and congresses have the most.
        var weights = titleIndexes.Select(t => t is 4 or 5 ? 0.03 : (t is 0 or 1 ? 3 : 0.2 + (_random.NextDouble() * 1.8))).ToList();
        var perEvent = weights.Select(w => (int)(w / weights.Sum() * scale.Registrations)).ToList();
        perEvent[0] += scale.Registrations - perEvent.Sum();
        var span = (new DateTime(2027, 12, 31, 0, 0, 0, DateTimeKind.Utc) - new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalDays;
        var members = _members.Where(m => m.Status == MembershipStatus.Active).ToList();
        var currentContacts = _contacts.Where(c => c.Current).ToLookup(c => c.MemberId);
        List<object?[]> events = [], registrations = [];
        var registrationId = 0;
        for (var id = 1; id <= scale.Events; id++)
        {
            var starts = new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(Math.Floor(span * (id - 1) / scale.Events) + Pick(3)).AddHours(7 + Pick(4));
            var titleIndex = titleIndexes[id - 1];
            var title = Texts.EventTitles[titleIndex];
            var kind = titleIndex switch
            {
                0 => EventKind.AnnualConference, 1 => EventKind.AutumnCongress, 4 => EventKind.BoardMeeting, 5 => EventKind.ForumMeeting,
                6 or 9 => EventKind.StudyVisit, 2 or 7 or 10 => EventKind.Webinar, _ => EventKind.NetworkMeeting,
            };
            var audience = kind switch
            {
                EventKind.BoardMeeting => EventAudience.Board, EventKind.ForumMeeting => EventAudience.Forum,
                EventKind.AutumnCongress or EventKind.NetworkMeeting => EventAudience.Members, _ => EventAudience.Public,
            };
            var online = kind == EventKind.Webinar;
            // Conferences charge a fee, as do every other congress and every third study visit; meetings and webinars are free.
            var priced = kind == EventKind.AnnualConference || (kind == EventKind.AutumnCongress && id % 2 == 0) || (kind == EventKind.StudyVisit && id % 3 == 0);
            var (memberPrice, otherPrice) = priced ? (1500m + (100 * Pick(20)), 2500m + (100 * Pick(20))) : (0m, 0m);
            var ends = starts.AddHours(online ? 2 : 8 + (kind == EventKind.AnnualConference ? 24 : 0));
            var deadline = starts.AddDays(-7);
            var wanted = perEvent[id - 1];
            int? capacity = online ? null : Math.Max(10, (int)(wanted * (0.8 + (_random.NextDouble() * 0.4))));
            var confirmed = 0;
            var emails = new HashSet<string>();
            var eventRegistrations = new List<object?[]>();
            var groups = new Dictionary<int, InvoiceRow>();
            for (var n = 0; n < wanted; n++)
            {
                var registered = starts.AddDays(-60 + Pick(50)).AddMinutes(Pick(600));
                var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
                var asMember = Chance(0.7);
                ContactRow? contact = null;
                MemberRow? member = null;
                for (var attempt = 0; asMember && contact is null && attempt < 5; attempt++)
                {
                    member = Pick(members);
                    var candidate = Pick(currentContacts[member.Id].ToList());
                    contact = emails.Add(candidate.Email) ? candidate : null;
                }

                var (first, last, email, organisation) = contact is not null
                    ? (contact.FirstName, contact.LastName, contact.Email, member!.Name)
                    : (Pick(Texts.FirstNames), Pick(Texts.LastNames), $"gast{registrationId + 1}@exempel.se", Chance(0.5) ? "Företaget AB" : null);
                emails.Add(email);
                var category = contact is not null ? PriceCategory.Member : PriceCategory.NonMember;
                var price = category == PriceCategory.Member ? memberPrice : otherPrice;
                var cancelled = Chance(0.06);
                var unconfirmed = !cancelled && contact is null && Chance(0.03);
                var status = cancelled ? RegistrationStatus.Cancelled
                    : unconfirmed ? RegistrationStatus.Unconfirmed
                    : capacity is null || confirmed < capacity ? RegistrationStatus.Confirmed
                    : RegistrationStatus.Waiting;
                if (status == RegistrationStatus.Confirmed)
                {
                    confirmed++;
                }

                var invoiceAddress = contact is null && price > 0 ? $"{organisation ?? $"{first} {last}"}\nBox {Pick(999)}\n{100 + Pick(880)} {10 + Pick(89)} Ort" : null;
                var rid = ++registrationId;
                eventRegistrations.Add([rid, id, (int)status, first, last, email, organisation, invoiceAddress, Chance(0.1) ? "en" : "sv",
                    member?.Id, contact?.Id, null, null, (int)category, price,
                    Chance(0.2) ? Pick(Texts.Dietary) : null, Chance(0.03) ? "Rullstol" : null,
                    registered, status is RegistrationStatus.Confirmed or RegistrationStatus.Waiting ? registered.AddMinutes(5) : null,
                    cancelled ? registered.AddDays(3) : null,
                    status == RegistrationStatus.Confirmed && ends < Now && Chance(0.9) ? starts : null, null, null, token]);

                if (status == RegistrationStatus.Confirmed && price > 0)
                {
                    var issued = DateOnly.FromDateTime(registered);
                    InvoiceRow invoice;
                    if (member is not null && contact is not null)
                    {
                        if (!groups.TryGetValue(member.Id, out invoice!))
                        {
                            invoice = groups[member.Id] = new InvoiceRow
                            {
                                MemberId = member.Id, EventId = id, IssueDate = issued, BuyerName = member.Name, BuyerAddress = member.Address,
                                BuyerOrganisationNumber = OrganisationNumberFor(member.Id), VatRate = 0.25m, SentTo = $"ekonomi@{member.Slug}.se",
                            };
                            invoices.Add(invoice);
                        }
                    }
                    else
                    {
                        invoice = new InvoiceRow
                        {
                            EventId = id, IssueDate = issued, BuyerName = organisation ?? $"{first} {last}", BuyerAddress = invoiceAddress!,
                            BuyerReference = organisation is null ? null : $"{first} {last}", VatRate = 0.25m, SentTo = email,
                        };
                        invoices.Add(invoice);
                    }

                    invoice.Lines.Add(($"{title}, {first} {last} ({(category == PriceCategory.Member ? "medlemspris" : "övriga")})", price, rid));
                }
            }

            registrations.AddRange(eventRegistrations);
            events.Add([id, (int)kind, $"{title} {starts.Year}", string.Join(" ", Enumerable.Range(0, 3).Select(_ => Pick(Texts.Sentences))),
                starts, ends, "Europe/Stockholm", online ? null : $"{Pick(members).Name}, Folkets hus", online ? "https://meet.exempel.se/" + id : null,
                (int)audience, null, capacity, confirmed, starts.AddDays(-90), deadline, memberPrice, memberPrice + 500, otherPrice,
                priced ? 0.25m : 0m, false, null, $"{Guid.NewGuid():D}@ecomuna"]);
        }

        await CopyAsync("Events", ["Id", "Kind", "Title", "Description", "StartsAtUtc", "EndsAtUtc", "TimeZone", "Place", "OnlineLink", "Audience",
            "WorkingGroupId", "Capacity", "ConfirmedCount", "RegistrationOpensAtUtc", "RegistrationDeadlineUtc", "MemberPrice", "NetworkMemberPrice",
            "NonMemberPrice", "VatRate", "IsAnnualMeeting", "CancelledAtUtc", "CalendarUid"], events);

        // Numbers in issue order without gaps from the first number, each with its OCR reference.
        var number = new InvoicingOptions().FirstNumber;
        var id2 = 0;
        List<object?[]> invoiceRows = [], lines = [], payments = [], sends = [];
        var lineOf = new Dictionary<int, (int InvoiceId, int LineId)>();
        var lineId = 0;
        foreach (var invoice in invoices.OrderBy(i => i.IssueDate).ThenBy(i => i.EventId ?? 0).ThenBy(i => i.BuyerName, StringComparer.Ordinal))
        {
            invoice.Id = ++id2;
            invoice.Number = number++;
            var net = invoice.Lines.Sum(l => l.Amount);
            var vat = invoice.Lines.Sum(l => Math.Round(l.Amount * invoice.VatRate, 2, MidpointRounding.AwayFromZero));
            var total = FeeSchedule.WholeKronor(net + vat);
            var due = invoice.IssueDate.AddDays(30);
            var paid = due < DateOnly.FromDateTime(Now) && Chance(0.93) ? total : 0m;
            var ocr = OcrReference.Create(invoice.Number);
            invoiceRows.Add([invoice.Id, invoice.Number, (int)InvoiceKind.Invoice, null, false, 0m, invoice.MemberId, invoice.EventId, invoice.FeeYear,
                invoice.FeeScheduleId, invoice.PopulationUsed, invoice.IssueDate, due, ocr, invoice.BuyerName, invoice.BuyerAddress,
                invoice.BuyerReference, invoice.BuyerOrganisationNumber, net, vat, total, paid,
                new DateTimeOffset(invoice.IssueDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), By]);
            // Every invoice of the past went out by email, so only the benchmark's own run has invoices to send.
            sends.Add([invoice.Id, invoice.Id, (int)InvoiceSendKind.Invoice, invoice.SentTo,
                new DateTimeOffset(invoice.IssueDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)]);
            foreach (var (description, amount, registration) in invoice.Lines)
            {
                lines.Add([++lineId, invoice.Id, description.Length > 300 ? description[..300] : description, 1m, amount, invoice.VatRate, amount, null]);
                if (registration is { } r)
                {
                    lineOf[r] = (invoice.Id, lineId);
                }
            }

            if (paid > 0)
            {
                var on = invoice.IssueDate.AddDays(10 + Pick(25));
                payments.Add([payments.Count + 1, invoice.Id, on, paid, (int)PaymentSource.Manual, ocr, invoice.BuyerName, null, null, false, null,
                    new DateTimeOffset(on.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), By]);
            }
        }

        foreach (var row in registrations)
        {
            if (lineOf.TryGetValue((int)row[0]!, out var charged))
            {
                row[21] = charged.InvoiceId;
                row[22] = charged.LineId;
            }
        }

        await CopyAsync("Invoices", ["Id", "Number", "Kind", "CreditedInvoiceId", "IsCredited", "CreditedAmount", "MemberId", "EventId", "FeeYear",
            "FeeScheduleId", "PopulationUsed", "IssueDate", "DueDate", "OcrReference", "BuyerName", "BuyerAddress", "BuyerReference",
            "BuyerOrganisationNumber", "NetAmount", "VatAmount", "Total", "PaidAmount", "IssuedAt", "IssuedBy"], invoiceRows);
        await CopyAsync("InvoiceLines", ["Id", "InvoiceId", "Description", "Quantity", "UnitPrice", "VatRate", "Amount", "CreditNoteId"], lines);
        await CopyAsync("Payments", ["Id", "InvoiceId", "PaidOn", "Amount", "Source", "Reference", "PayerName", "BankSerialNumber", "BgMaxImportId",
            "NeedsReview", "ReviewNote", "RegisteredAt", "RegisteredBy"], payments);
        await CopyAsync("InvoiceSends", ["Id", "InvoiceId", "Kind", "To", "SentAt"], sends);
        await CopyAsync("EventRegistrations", ["Id", "EventId", "Status", "FirstName", "LastName", "Email", "Organisation", "InvoiceAddress",
            "Language", "MemberId", "ContactPersonId", "UserId", "RegisteredByUserId", "PriceCategory", "Price", "DietaryNeeds",
            "AccessibilityNeeds", "RegisteredAtUtc", "ConfirmedAtUtc", "CancelledAtUtc", "CheckedInAtUtc", "InvoiceId", "InvoiceLineId",
            "AccessToken"], registrations);
        await ExecuteAsync($"""INSERT INTO "InvoiceNumberSeries" ("Id", "LastNumber") VALUES ({InvoiceNumberSeries.TheSeries}, {number - 1})""");
    }

    private async Task ResetSequencesAsync()
    {
        string[] tables = ["Members", "PopulationFigures", "ContactPersons", "KeyIndicators", "ReportingYears", "IndicatorReports", "IndicatorValues",
            "GoodExamples", "GoodExampleLinks", "GoodExampleHistory", "FeeSchedules", "Events", "EventRegistrations", "Invoices", "InvoiceLines", "Payments",
            "InvoiceSends"];
        foreach (var table in tables)
        {
            await ExecuteAsync($"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT COALESCE(MAX("Id"), 0) + 1 FROM "{table}"), false)""");
        }
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static string CopyCommand(string table, string[] columns) =>
        $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    private async Task CopyAsync(string table, string[] columns, List<object?[]> rows)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(CopyCommand(table, columns)))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                await WriteAsync(writer, row);
            }

            await writer.CompleteAsync();
        }

        _counts.Add((table, rows.Count));
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, object?[] row)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case null: await writer.WriteNullAsync(); break;
                case int i: await writer.WriteAsync(i, NpgsqlTypes.NpgsqlDbType.Integer); break;
                case long l: await writer.WriteAsync(l, NpgsqlTypes.NpgsqlDbType.Bigint); break;
                case string s: await writer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Text); break;
                case bool b: await writer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean); break;
                case double d: await writer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Double); break;
                case decimal m: await writer.WriteAsync(m, NpgsqlTypes.NpgsqlDbType.Numeric); break;
                case DateOnly date: await writer.WriteAsync(date, NpgsqlTypes.NpgsqlDbType.Date); break;
                case DateTime time: await writer.WriteAsync(time, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                case DateTimeOffset offset: await writer.WriteAsync(offset, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                default: throw new InvalidOperationException($"No COPY type for {value.GetType()}");
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
