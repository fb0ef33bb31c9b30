using CsvHelper;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Events;
using Ecomuna.Core.Governance;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Network;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Demo;

/// <summary>
/// Loads demo data from the CSV facts embedded in this assembly: the member municipalities and regions,
/// both revisions of the green key indicators, and demo logins. Only for the embedded default and tests.
/// </summary>
public sealed class DemoDataSeeder(
    EcomunaDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock, SwedishTime swedishTime,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>The password of every demo login. Demo data is never loaded in production unless asked for.</summary>
    public const string Password = "Ecomuna-demo-2026";

    public const string AdminEmail = "admin@demo.ecomuna.org";

    /// <summary>
    /// The demo admin's authenticator key (admins must use two-factor authentication). It is public, in the README,
    /// like the demo password: add it to an authenticator app to log in as the demo admin.
    /// </summary>
    public const string AdminAuthenticatorKey = "JBSWY3DPEHPK3PXPECOMUNADEMOADMIN";
    public const string ContactSodertaljeEmail = "kontakt.sodertalje@demo.ecomuna.org";
    public const string ContactSotenasEmail = "kontakt.sotenas@demo.ecomuna.org";
    public const string NetworkMemberEmail = "natverk@demo.ecomuna.org";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync(roles);
        if (await db.Members.AnyAsync(ct))
        {
            return;
        }

        var populationYear = swedishTime.Year - 1;
        var members = ReadMembers(populationYear);
        db.Members.AddRange(members);
        db.KeyIndicators.AddRange(ReadIndicators2012());
        db.KeyIndicators.AddRange(ReadIndicators2023());
        var thisYear = swedishTime.Year;
        db.FeeSchedules.Add(new FeeSchedule { Year = thisYear, DecidedOn = new DateOnly(thisYear - 1, 5, 22), TrainingCentreFee = 5000, EducatorOrConsultantFee = 2500, ResearcherFee = 1500, FriendFee = 300 });
        await db.SaveChangesAsync(ct);

        var today = swedishTime.Today;
        foreach (var (member, index) in members.Select((m, i) => (m, i)))
        {
            AddDemoContacts(member, index, today);
        }

        await db.SaveChangesAsync(ct);
        AddDemoGovernance(members, today);
        await db.SaveChangesAsync(ct);
        AddDemoInvoices(members, thisYear - 1);
        AddDemoEvents(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);

        var admin = await CreateUserAsync(AdminEmail, "Demo Admin (kansliet)", Roles.Admin);
        Check(await users.SetAuthenticationTokenAsync(admin, "[AspNetUserStore]", "AuthenticatorKey", AdminAuthenticatorKey));
        Check(await users.SetTwoFactorEnabledAsync(admin, true));
        var sodertalje = members.Single(m => m.Name == "Södertälje");
        var sotenas = members.Single(m => m.Name == "Sotenäs");
        var contactSodertalje = await CreateUserAsync(ContactSodertaljeEmail, "Demo Kontakt Södertälje", Roles.ContactPerson, sodertalje.Id);
        var contactSotenas = await CreateUserAsync(ContactSotenasEmail, "Demo Kontakt Sotenäs", Roles.ContactPerson, sotenas.Id);
        await AddDemoNetworkAsync(today);
        DemoSurveys.Add(db, members, swedishTime.Today, clock.GetUtcNow().UtcDateTime);

        // The demo contact persons' logins belong to each member's civil-servant contact.
        sodertalje.Contacts.Single(c => c.Role == ContactRole.CivilServant).UserId = contactSodertalje.Id;
        sotenas.Contacts.Single(c => c.Role == ContactRole.CivilServant).UserId = contactSotenas.Id;
        await db.SaveChangesAsync(ct);
        await DemoExamples.AddAsync(db, members, clock.GetUtcNow().UtcDateTime, contactSodertalje.Id, admin.DisplayName, ct);

        // Sotenäs has asked the secretariat to correct its population, to show how a change request looks.
        db.ChangeRequests.Add(new MemberChangeRequest
        {
            MemberId = sotenas.Id,
            Kind = ChangeRequestKind.Population,
            PopulationYear = populationYear,
            Population = (sotenas.PopulationFor(populationYear) ?? 9000) + 37,
            PopulationReferenceDate = new DateOnly(populationYear, 12, 31),
            PopulationSource = "SCB",
            Comment = "SCB har publicerat den slutliga siffran.",
            RequestedByUserId = contactSotenas.Id,
            RequestedBy = ContactSotenasEmail,
            RequestedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await AddDemoIndicatorValuesAsync(members, sodertalje, contactSodertalje.Email!, ct);
        DemoInternational.Add(db);
        DemoNews.Add(db, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        DemoNewsletters.Add(db, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Loaded DEMO data: {Members} members and demo logins with the password printed in the README. Do not use in production.", members.Count);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roleManager)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static readonly string[] FirstNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Elin", "Mikael"];
    private static readonly string[] LastNames = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindqvist", "Berg", "Holm", "Ek"];
    private static readonly string[] Parties = ["S", "M", "C", "V", "MP", "L", "KD", "SD"];

    /// <summary>A delegate politician and a delegate civil servant for every member, and an alternate for every third.</summary>
    private static void AddDemoContacts(Member member, int index, DateOnly today)
    {
        var domain = Ascii(member.Name) + ".demo.ecomuna.org";
        ContactPerson Person(int seed, ContactRole role, string title) => new()
        {
            FirstName = FirstNames[seed % FirstNames.Length],
            LastName = LastNames[(seed * 7 + 3) % LastNames.Length],
            Role = role,
            Title = title,
            Party = role == ContactRole.CivilServant ? null : Parties[seed % Parties.Length],
            ShowPublicly = seed % 2 == 0,
            StartedOn = today.AddYears(-1 - seed % 4),
        };

        var politician = Person(index * 3, ContactRole.Politician, member.Kind == MemberKind.Region ? "Regionråd" : "Kommunstyrelsens ordförande");
        var civilServant = Person(index * 3 + 1, ContactRole.CivilServant, "Miljöstrateg");
        member.Contacts.Add(politician);
        member.Contacts.Add(civilServant);
        if (index % 3 == 0)
        {
            member.Contacts.Add(Person(index * 3 + 2, ContactRole.AlternatePolitician, "Ledamot, kommunstyrelsen"));
        }

        foreach (var contact in member.Contacts)
        {
            contact.Email = $"{Ascii(contact.FirstName)}.{Ascii(contact.LastName)}@{domain}";
        }

        member.SetDelegate(politician, true, today);
        member.SetDelegate(civilServant, true, today);
    }

    /// <summary>A board of three politicians and one alternate from each part of the country, and a forum of six civil servants.</summary>
    private void AddDemoGovernance(List<Member> members, DateOnly today)
    {
        var termStart = new DateOnly(today.Year, 5, 1) > today ? new DateOnly(today.Year - 1, 5, 1) : new DateOnly(today.Year, 5, 1);
        foreach (var part in Enum.GetValues<PartOfCountry>())
        {
            var fromPart = members.Where(m => m.PartOfCountry == part && m.Kind == MemberKind.Municipality).Take(4).ToList();
            for (var i = 0; i < fromPart.Count; i++)
            {
                db.Appointments.Add(new Appointment
                {
                    Body = GoverningBody.Board,
                    ContactPerson = fromPart[i].Contacts.Single(c => c.Role == ContactRole.Politician),
                    Seat = i < 3 ? Seat.Member : Seat.Alternate,
                    IsChair = part == PartOfCountry.Svealand && i == 0,
                    From = termStart,
                });
            }

            foreach (var member in fromPart.Take(2))
            {
                db.Appointments.Add(new Appointment
                {
                    Body = GoverningBody.CivilServantsForum,
                    ContactPerson = member.Contacts.Single(c => c.Role == ContactRole.CivilServant),
                    From = termStart,
                });
            }
        }
    }

    /// <summary>The demo network member's login and a few more network members without logins, all shown in the directory.</summary>
    private async Task AddDemoNetworkAsync(DateOnly today)
    {
        (string Email, string Name, NetworkCategory Category, bool IsOrganisation, string Country, string City, string Description)[] people =
        [
            (NetworkMemberEmail, "Demo Nätverksvän", NetworkCategory.Friend, false, "SE", "Uppsala", "Intresserad av hur ekokommuner arbetar med klimat och natur."),
            ("utbildning@demo.ecomuna.org", "Hållbarhetsakademin (demo)", NetworkCategory.TrainingCentre, true, "SE", "Örebro", "Kurser i strategisk hållbar utveckling för kommuner."),
            ("forskare@demo.ecomuna.org", "Dr. Demo Forskare", NetworkCategory.Researcher, false, "NO", "Trondheim", "Research on climate-neutral small municipalities."),
            ("konsult@demo.ecomuna.org", "Green Steps Consulting (demo)", NetworkCategory.EducatorOrConsultant, true, "US", "Madison", "Helps North American towns follow the eco-municipality model."),
        ];
        foreach (var person in people)
        {
            var user = person.Email == NetworkMemberEmail
                ? await CreateUserAsync(person.Email, person.Name, Roles.NetworkMember, networkCategory: person.Category)
                : await CreateUserWithoutPasswordAsync(person.Email, person.Name, person.Category);
            db.NetworkProfiles.Add(new NetworkProfile
            {
                UserId = user.Id, Category = person.Category, IsOrganisation = person.IsOrganisation, Name = person.Name,
                CountryCode = person.Country, City = person.City, Description = person.Description,
                ShowInDirectory = true, Status = MembershipStatus.Active, MemberSince = today.AddYears(-1),
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<AppUser> CreateUserWithoutPasswordAsync(string email, string name, NetworkCategory category)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, NetworkCategory = category };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.NetworkMember));
        return user;
    }

    private static string Ascii(string name) =>
        new([.. name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter)]);

    private async Task<AppUser> CreateUserAsync(string email, string name, string role, int? memberId = null, NetworkCategory? networkCategory = null)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            MemberId = memberId,
            NetworkCategory = networkCategory,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    internal static List<Member> ReadMembers(int populationYear) =>
        ReadCsv("members.csv", row =>
        {
            var member = new Member
            {
                Name = row.GetString("name"),
                Kind = row.GetString("type") == "region" ? MemberKind.Region : MemberKind.Municipality,
                CountryCode = "SE",
                County = row.GetString("lan"),
                PartOfCountry = row.GetString("landsdel") switch
                {
                    "Götaland" => PartOfCountry.Gotaland,
                    "Svealand" => PartOfCountry.Svealand,
                    "Norrland" => PartOfCountry.Norrland,
                    _ => null,
                },
                Status = MembershipStatus.Active,
            };
            AddDemoAddress(member);
            member.Populations.Add(new PopulationFigure
            {
                Year = populationYear,
                Population = row.Parse<int>("approx_population"),
                Source = "Demo (approximate)",
            });
            return member;
        });

    /// <summary>
    /// Last year's fee invoices, numbered in CSV order from 1001 (so Södertälje's is invoice 7): most paid on time,
    /// every ninth unpaid and every thirteenth paid in part, so the lists, totals and reminders have something to show.
    /// </summary>
    private void AddDemoInvoices(List<Member> members, int year)
    {
        var schedule = new FeeSchedule { Year = year, DecidedOn = new DateOnly(year - 1, 5, 23), TrainingCentreFee = 5000, EducatorOrConsultantFee = 2500, ResearcherFee = 1500, FriendFee = 300 };
        db.FeeSchedules.Add(schedule);
        var issued = new DateOnly(year, 2, 2);
        var number = new InvoicingOptions().FirstNumber;
        foreach (var (member, index) in members.Select((m, i) => (m, i)).Where(x => x.m.StreetAddress is not null))
        {
            var population = (int)Math.Round((member.PopulationFor(year) ?? 0) * 0.99);
            if (member.Kind == MemberKind.Municipality)
            {
                member.Populations.Add(new PopulationFigure { Year = year - 1, Population = population, Source = "Demo (approximate)" });
            }

            var amount = schedule.FeeFor(member.Kind, population)!.Value;
            var invoice = new Invoice
            {
                Number = number,
                MemberId = member.Id,
                FeeYear = year,
                FeeSchedule = schedule,
                PopulationUsed = member.Kind == MemberKind.Municipality ? population : null,
                IssueDate = issued,
                DueDate = issued.AddDays(30),
                OcrReference = OcrReference.Create(number),
                BuyerName = member.Name,
                BuyerAddress = $"{member.StreetAddress}\n{member.PostalCode} {member.City}",
                BuyerReference = member.InvoiceReference,
                IssuedAt = new DateTimeOffset(issued.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero),
                IssuedBy = AdminEmail,
            };
            invoice.SetLines([new InvoiceLine { Description = InvoiceRun.Describe(year, invoice.PopulationUsed), Quantity = 1, UnitPrice = amount, Amount = amount }]);
            if (index % 9 != 4)
            {
                invoice.ApplyPayment(new Payment
                {
                    PaidOn = issued.AddDays(20 + (index % 8)),
                    Amount = index % 13 == 6 ? Math.Round(amount / 2) : amount,
                    Source = PaymentSource.Manual,
                    Reference = invoice.OcrReference,
                    RegisteredAt = new DateTimeOffset(issued.AddDays(25).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    RegisteredBy = AdminEmail,
                });
            }

            db.Invoices.Add(invoice);
            number++;
        }

        db.InvoiceNumberSeries.Add(new InvoiceNumberSeries { Id = InvoiceNumberSeries.TheSeries, LastNumber = number - 1 });
    }

    /// <summary>
    /// Events in CSV-independent order, so their ids are fixed: 1 the annual conference with the annual meeting (public,
    /// priced, 150 seats), 2 a free public webinar, 3 the members-only autumn congress, 4 a board meeting, 5 a past
    /// webinar.
    /// </summary>
    private void AddDemoEvents(DateTime nowUtc)
    {
        var today = nowUtc.Date;
        DateTime At(DateTime day, int hour) => DateTime.SpecifyKind(day.AddHours(hour), DateTimeKind.Utc);
        var conference = new DateTime(today.Month < 5 ? today.Year : today.Year + 1, 5, 21, 0, 0, 0, DateTimeKind.Utc);
        db.Events.AddRange(
            new CalendarEvent
            {
                Kind = EventKind.AnnualConference, Title = "Ekokommunernas årskonferens och årsmöte",
                Description = "Två dagar om hållbar omställning i Sotenäs, med **årsmöte** den andra dagen.\n\nResor: tåg i första hand.",
                StartsAtUtc = At(conference, 7), EndsAtUtc = At(conference.AddDays(1), 14), Place = "Sotenäs, Kungshamn",
                Capacity = 150, MemberPrice = 1800, NetworkMemberPrice = 1200, NonMemberPrice = 3200, VatRate = 0.25m,
                RegistrationDeadlineUtc = At(conference.AddDays(-14), 22), IsAnnualMeeting = true, CalendarUid = "demo-annual-conference@ecomuna",
            },
            new CalendarEvent
            {
                Kind = EventKind.Webinar, Title = "Webbinarium: gröna nyckeltal i praktiken", Description = "Hur tre medlemmar använder nyckeltalen i sin styrning.",
                StartsAtUtc = At(today.AddDays(21), 12), EndsAtUtc = At(today.AddDays(21), 13), OnlineLink = "https://meet.example.org/ekokommuner-nyckeltal",
                CalendarUid = "demo-webinar-indicators@ecomuna",
            },
            new CalendarEvent
            {
                Kind = EventKind.AutumnCongress, Title = "Höstkongress (digital)", Description = "Medlemmarnas digitala kongress.",
                StartsAtUtc = At(today.AddDays(45), 8), EndsAtUtc = At(today.AddDays(45), 15), OnlineLink = "https://meet.example.org/hostkongress",
                Audience = EventAudience.Members, CalendarUid = "demo-autumn-congress@ecomuna",
            },
            new CalendarEvent
            {
                Kind = EventKind.BoardMeeting, Title = "Styrelsemöte", Description = "Ordinarie styrelsemöte.",
                StartsAtUtc = At(today.AddDays(10), 9), EndsAtUtc = At(today.AddDays(10), 12), OnlineLink = "https://meet.example.org/styrelsen",
                Audience = EventAudience.Board, CalendarUid = "demo-board-meeting@ecomuna",
            },
            new CalendarEvent
            {
                Kind = EventKind.Webinar, Title = "Webbinarium: cirkulär upphandling", Description = "Goda exempel från två kommuner.",
                StartsAtUtc = At(today.AddDays(-30), 12), EndsAtUtc = At(today.AddDays(-30), 13), OnlineLink = "https://meet.example.org/upphandling",
                CalendarUid = "demo-webinar-procurement@ecomuna",
            });
    }

    /// <summary>A made-up town-hall address, so the demo members can be invoiced; Övertorneå is left without one to show why a member cannot be.</summary>
    private static void AddDemoAddress(Member member)
    {
        if (member.Name == "Övertorneå")
        {
            return;
        }

        var isRegion = member.Kind == MemberKind.Region;
        member.StreetAddress = isRegion ? "Regionens hus" : "Kommunhuset";
        member.PostalCode = string.Create(CultureInfo.InvariantCulture, $"{100 + (member.Name.Sum(c => c) % 880)} {10 + (member.Name.Length * 7 % 89)}");
        member.City = isRegion ? member.County?.Replace(" län", "", StringComparison.Ordinal) : member.Name;
        member.InvoiceReference = isRegion ? "Regionkansliet" : "Miljöstrateg";
    }

    /// <summary>A plausible range per unit, so that the reporting form can ask about unusual values.</summary>
    private static (double? Min, double? Max) PlausibleRange(string code, string unit) => code switch
    {
        "GN.1a" or "GN.1b" or "1" => (0, 30),
        "GN.2a" or "2" => (0, 400),
        "GN.6a" => (100, 1000),
        "GN.8a" or "GN.8b" => (0, 2000),
        "GN.9b" => (0, 5),
        _ when unit.StartsWith('%') => (0, 100),
        _ => (null, null),
    };

    /// <summary>Where the demo values of an indicator start and how much they improve a year.</summary>
    private static readonly Dictionary<string, (double Start, double Step)> DemoIndicators = new(StringComparer.Ordinal)
    {
        ["2"] = (45, 1.5), ["3"] = (70, 5), ["6"] = (5.5, 0.2), ["9"] = (85, 2), ["11"] = (25, 3), ["12"] = (10, 1),
        ["GN.2a"] = (50, 1.5), ["GN.2b"] = (92, 1), ["GN.3"] = (18, 0.8), ["GN.5"] = (7, 0.2), ["GN.6a"] = (466, -8),
        ["GN.7"] = (94, 1), ["GN.10"] = (29, 2), ["GN.11"] = (15, 1),
    };

    /// <summary>
    /// Submitted key indicators of the first forty members (and Sotenäs) from 2019 to the year before last, a subset of
    /// each year's set, so the comparisons and trends show something. Last year is open for reporting: every third
    /// of those members has submitted and Södertälje has a draft.
    /// </summary>
    private async Task AddDemoIndicatorValuesAsync(List<Member> members, Member sodertalje, string sodertaljeContact, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = swedishTime.Year - 1;
        var indicators = await db.KeyIndicators.ToListAsync(ct);
        for (var year = 2019; year < current; year++)
        {
            db.ReportingYears.Add(new ReportingYear { Year = year, Deadline = new DateOnly(year + 1, 5, 31), OpenedAtUtc = new DateTime(year + 1, 2, 1, 8, 0, 0, DateTimeKind.Utc), ClosedAtUtc = new DateTime(year + 1, 6, 30, 8, 0, 0, DateTimeKind.Utc) });
        }

        db.ReportingYears.Add(new ReportingYear { Year = current, Deadline = DateOnly.FromDateTime(now).AddDays(45), OpenedAtUtc = now.AddDays(-30) });
        // Södertälje first, so that its 2019 value of the first indicator is value 1.
        var reporting = members.Take(40).Append(members.Single(m => m.Name == "Sotenäs")).OrderBy(m => m != sodertalje).ToList();
        foreach (var (member, index) in reporting.Select((m, i) => (m, i)))
        {
            for (var year = 2019; year <= current; year++)
            {
                var submitted = year < current || index % 3 == 0;
                var draft = year == current && member == sodertalje;
                if (!submitted && !draft)
                {
                    continue;
                }

                var by = draft ? sodertaljeContact : AdminEmail;
                var at = draft ? now.AddDays(-2) : new DateTime(year + 1, 4, 15, 9, 0, 0, DateTimeKind.Utc);
                foreach (var indicator in indicators.Where(k => k.IsValidIn(year) && DemoIndicators.ContainsKey(k.Code)).Take(draft ? 3 : int.MaxValue))
                {
                    var (start, step) = DemoIndicators[indicator.Code];
                    var spread = ((member.Id * 37 + indicator.Id * 11) % 41 - 20) / 50.0;
                    var wobble = ((member.Id + year * 7 + indicator.Id) % 5 - 2) / 100.0;
                    var value = Math.Max(0, (start + step * (year - 2019)) * (1 + spread + wobble));
                    if (indicator.Unit.StartsWith('%'))
                    {
                        value = Math.Min(100, value);
                    }

                    db.IndicatorValues.Add(new IndicatorValue
                    {
                        MemberId = member.Id, KeyIndicatorId = indicator.Id, Year = year, Value = Math.Round(value, 1),
                        Source = indicator.DataSource ?? "Egen uppföljning", UpdatedAtUtc = at, UpdatedBy = by,
                    });
                }

                db.IndicatorReports.Add(new IndicatorReport
                {
                    MemberId = member.Id, Year = year, Status = draft ? ReportStatus.Draft : ReportStatus.Submitted,
                    UpdatedAtUtc = at, UpdatedBy = by, SubmittedAtUtc = draft ? null : at, SubmittedBy = draft ? null : by,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    internal static List<KeyIndicator> ReadIndicators2012() =>
        ReadCsv("indicators_2012.csv", row => new KeyIndicator
        {
            Code = row.GetString("no"),
            NameSv = row.GetString("name_sv"),
            NameEn = row.GetString("name_en"),
            Unit = row.GetString("unit"),
            Direction = ParseDirection(row.GetString("direction")),
            ValidFromYear = 2012,
            ValidToYear = 2022,
            PlausibleMin = PlausibleRange(row.GetString("no"), row.GetString("unit")).Min,
            PlausibleMax = PlausibleRange(row.GetString("no"), row.GetString("unit")).Max,
        });

    /// <summary>The 2023 revision; the two slots whose definitions were never published are left out.</summary>
    internal static List<KeyIndicator> ReadIndicators2023() =>
        [.. ReadCsv("indicators_2023.csv", row => new KeyIndicator
        {
            Code = row.GetString("code"),
            NameSv = row.GetString("name_sv"),
            NameEn = row.GetString("name_en"),
            Unit = row.GetString("unit"),
            Direction = ParseDirection(row.GetString("direction")),
            Definition = row.GetStringOrNull("definition"),
            DataSource = row.GetStringOrNull("data_source"),
            ValidFromYear = 2023,
            PlausibleMin = PlausibleRange(row.GetString("code"), row.GetString("unit")).Min,
            PlausibleMax = PlausibleRange(row.GetString("code"), row.GetString("unit")).Max,
        }).Where(indicator => indicator.NameSv != "?")];

    private static IndicatorDirection ParseDirection(string value) =>
        value == "lower_better" ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter;

    private static List<T> ReadCsv<T>(string fileName, Func<CsvReader, T> map)
    {
        using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream("demo/" + fileName)
            ?? throw new InvalidOperationException($"Embedded demo file {fileName} is missing.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, false);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }
}
