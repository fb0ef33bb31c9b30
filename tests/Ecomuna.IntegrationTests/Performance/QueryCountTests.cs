using System.Data.Common;
using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Performance;

/// <summary>
/// Guards against N+1 queries: each main page issues the same number of SQL commands whether it shows N rows or 3N
/// (members, contacts, examples with their links and goals, events, indicator values, invoices). A page that
/// queried once per row would issue more commands the second time.
/// </summary>
public abstract class QueryCountTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    private const string Tag = "Prestandaprov";
    private const int Year = 2031;
    private static readonly double[] Values = [10, 30];

    [Fact]
    public async Task MainPages_WithThreeTimesTheRows_IssueTheSameNumberOfQueries()
    {
        var counter = new CommandCounter();
        await using var app = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<EcomunaDbContext>(options => options.AddInterceptors(counter));
            // Measures what the pages do, not the copies kept of them for anonymous visitors.
            services.Configure<PublicPageCacheOptions>(options => options.Enabled = false);
        }));
        var seed = await SeedAsync(app.Services, 3, start: 0);
        using var anonymous = app.CreateClient(new() { BaseAddress = app.ClientOptions.BaseAddress, AllowAutoRedirect = false });
        using var admin = app.CreateClient(new() { BaseAddress = app.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });
        await admin.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);

        string[] pages =
        [
            "/",
            $"/Examples?q={Tag}",
            $"/Examples/Details/{seed.ExampleId}",
            $"/Members?search={Tag}",
            $"/Members/Details/{seed.MemberId}",
            $"/Indicators?indicator={seed.IndicatorId}&year={Year}",
            $"/Indicators/Member/{seed.MemberId}",
            "/Events",
            $"/Admin/Members?q={Tag}",
            $"/Admin/Invoices?q={Tag}",
        ];
        async Task<Dictionary<string, (int Commands, int Length)>> MeasureAsync()
        {
            var counts = new Dictionary<string, (int, int)>();
            foreach (var page in pages)
            {
                var client = page.StartsWith("/Admin", StringComparison.Ordinal) ? admin : anonymous;
                counter.Reset();
                using var response = await client.GetAsync(page);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
                counts[page] = (counter.Count, html.Length);
            }

            return counts;
        }

        await MeasureAsync(); // the first requests also load the key ring, roles and the like
        var few = await MeasureAsync();
        await SeedAsync(app.Services, 6, start: 3, seed);
        await MeasureAsync(); // and refill what the app keeps in memory, such as the indicator averages
        var many = await MeasureAsync();

        foreach (var page in pages)
        {
            Assert.True(few[page].Commands == many[page].Commands,
                $"{page} issued {few[page].Commands} SQL commands with the first rows and {many[page].Commands} with three times as many");
        }

        // The pages did show more rows the second time, so the counts above compare something.
        foreach (var page in pages.Where(p => p != "/"))
        {
            Assert.True(many[page].Length > few[page].Length, $"{page} did not grow with the data");
        }
    }

    [Fact]
    public async Task Trends_AfterAnotherMembersValueIsCorrected_ShowTheNewNetworkAverage()
    {
        var app = App;
        const int year = 2041;
        int first, indicator;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            indicator = await db.KeyIndicators.OrderBy(k => k.Id).Select(k => k.Id).FirstAsync();
            List<Member> members =
            [
                new() { Name = "Medelvärde Ett", Kind = MemberKind.Municipality, Status = MembershipStatus.Active },
                new() { Name = "Medelvärde Två", Kind = MemberKind.Municipality, Status = MembershipStatus.Active },
            ];
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            foreach (var (member, value) in members.Zip(Values))
            {
                db.IndicatorReports.Add(new IndicatorReport { MemberId = member.Id, Year = year, Status = ReportStatus.Submitted, UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test" });
                db.IndicatorValues.Add(new IndicatorValue { MemberId = member.Id, KeyIndicatorId = indicator, Year = year, Value = value, UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test" });
            }

            await db.SaveChangesAsync();
            first = members[0].Id;
        }

        using var client = app.CreateClient();
        Assert.Equal("20", await AverageAsync());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
            var other = await db.IndicatorValues.SingleAsync(v => v.Year == year && v.KeyIndicatorId == indicator && v.MemberId != first);
            other.Value = 50;
            await db.SaveChangesAsync();
        }

        Assert.Equal("30", await AverageAsync());

        async Task<string> AverageAsync()
        {
            var page = await client.GetPageAsync($"/Indicators/Member/{first}");
            var row = page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return row.QuerySelectorAll("td")[1].TextContent.Trim();
        }
    }

    private sealed record Seed(int MemberId, int ExampleId, int IndicatorId);

    /// <summary>
    /// Adds <paramref name="count"/> members named after <see cref="Tag"/> with a published example, an upcoming event and
    /// an invoice each; gives the first member that many more public contacts and years of indicator values over as many
    /// indicators, and its example that many more links and goals.
    /// </summary>
    private static async Task<Seed> SeedAsync(IServiceProvider services, int count, int start, Seed? previous = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var now = DateTime.UtcNow;
        var members = Enumerable.Range(start, count).Select(i => Build.Member(
            $"{Tag} {i:D2}", county: "Skåne län", partOfCountry: PartOfCountry.Gotaland, memberSince: new DateOnly(2020, 1, 1),
            streetAddress: "Storgatan 1", postalCode: "123 45", city: "Ort")).ToList();
        foreach (var member in members)
        {
            member.Populations.Add(new PopulationFigure { Year = 2024, Population = 10_000 });
        }

        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        var first = previous?.MemberId ?? members[0].Id;
        var theme = await db.ExampleThemes.Select(t => t.Id).FirstAsync();
        var examples = members.Select(m => new GoodExample
        {
            MemberId = m.Id, Title = $"{Tag} {m.Name}", Summary = "Sammanfattning", Body = "Text", Year = 2025, ContactName = "Kontakt",
            ContactEmail = "kontakt@example.org", Status = ExampleStatus.Published, CreatedAtUtc = now, UpdatedAtUtc = now, PublishedAtUtc = now,
        }).ToList();
        foreach (var example in examples)
        {
            example.Themes.Add(new ExampleThemeLink { ThemeId = theme });
        }

        db.GoodExamples.AddRange(examples);
        await db.SaveChangesAsync();
        var exampleId = previous?.ExampleId ?? examples[0].Id;
        for (var i = start; i < start + count; i++)
        {
            db.Add(new ExampleLink { ExampleId = exampleId, Position = i, Url = $"https://example.org/{i}", Text = $"Länk {i}" });
            db.Add(new ExampleGoal { ExampleId = exampleId, Goal = i + 1 });
            db.ContactPersons.Add(new ContactPerson
            {
                MemberId = first, FirstName = "Kontakt", LastName = $"Nummer {i}", Role = ContactRole.OtherStaff, Email = $"kontakt{i}@example.org", ShowPublicly = true,
            });
        }

        db.Events.AddRange(Enumerable.Range(start, count).Select(i => Build.Event($"{Tag} {i}", now.AddDays(40 + i), hours: 2, description: "")));

        var indicators = await db.KeyIndicators.OrderBy(k => k.Id).Select(k => k.Id).Take(start + count).ToListAsync();
        var indicatorId = previous?.IndicatorId ?? indicators[0];
        foreach (var member in members)
        {
            db.IndicatorReports.Add(new IndicatorReport { MemberId = member.Id, Year = Year, Status = ReportStatus.Submitted, UpdatedAtUtc = now, UpdatedBy = "test" });
            db.IndicatorValues.Add(new IndicatorValue { MemberId = member.Id, KeyIndicatorId = indicatorId, Year = Year, Value = member.Id, UpdatedAtUtc = now, UpdatedBy = "test" });
        }

        // The first member's trends: more years, each with more indicators.
        for (var year = Year + 1 + start; year < Year + 1 + start + count; year++)
        {
            db.IndicatorReports.Add(new IndicatorReport { MemberId = first, Year = year, Status = ReportStatus.Submitted, UpdatedAtUtc = now, UpdatedBy = "test" });
            foreach (var indicator in indicators)
            {
                db.IndicatorValues.Add(new IndicatorValue { MemberId = first, KeyIndicatorId = indicator, Year = year, Value = year, UpdatedAtUtc = now, UpdatedBy = "test" });
            }
        }

        foreach (var member in members)
        {
            db.Invoices.Add(Build.Invoice(
                990_000L + member.Id, member.Id, member.Name, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 3), 1000, DateTimeOffset.UtcNow,
                description: "Avgift", buyerAddress: "Storgatan 1\n123 45 Ort"));
        }

        await db.SaveChangesAsync();
        return previous ?? new Seed(first, exampleId, indicatorId);
    }

    /// <summary>Counts the SQL commands the app's database context executes.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}

public sealed class QueryCountTestsOnSqlite(SqliteApp fixture) : QueryCountTests<SqliteApp>(fixture);

public sealed class QueryCountTestsOnPostgres(PostgresApp fixture) : QueryCountTests<PostgresApp>(fixture);
