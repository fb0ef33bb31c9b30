using System.Diagnostics;
using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;
using Ecomuna.IntegrationTests.Operations;
using Xunit.Abstractions;

namespace Ecomuna.IntegrationTests.Security;

/// <summary>
/// sqlmap, the SQL injection scanner, against the portal on a real port over PostgreSQL: the public lists' search and
/// filter parameters, the login and newsletter forms (with their antiforgery tokens), and the secretariat's lists
/// signed in as the demo admin. Every named parameter must be reported as tested and none as injectable.
/// </summary>
/// <remarks>
/// Free-text parameters are tested at level 2 (more boundaries and payloads), typed ones (numbers, choices, yes/no),
/// which model binding turns away before any query, at level 1; risk 1 throughout; two scans at a time.
/// </remarks>
[Trait("Category", "Sqlmap")]
public sealed class SqlmapTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AuthCookie = "__Host-Ecomuna.Auth";
    private string _connectionString = "";
    private string _outputRoot = "";
    private EcomunaApp App { get; set; } = null!;

    /// <summary>What sqlmap scans: a page with its query (or a page with a form), the level and the parameters to test.</summary>
    public sealed record Target(string Name, string Url, int Level, string[] Parameters, bool Form = false, bool AsAdmin = false, string Dbms = "PostgreSQL");

    private static readonly Target[] Targets =
    [
        new("examples-search", "/Examples?q=solceller&county=Stockholms+l%C3%A4n&sort=relevance", 2, ["q", "county", "sort"]),
        new("examples-filters", "/Examples?theme=1&goal=7&part=Svealand&member=1&year=2024", 1, ["theme", "goal", "part", "member", "year"]),
        new("members-search", "/Members?Search=kommun&County=Stockholms+l%C3%A4n", 2, ["Search", "County"]),
        new("members-filters", "/Members?Part=Svealand&pageNo=1", 1, ["Part", "pageNo"]),
        new("indicators", "/Indicators?indicator=1&year=2023", 1, ["indicator", "year"]),
        new("events", "/Events?Past=true&Kind=AnnualConference", 1, ["Past", "Kind"]),
        new("login-form", "/Account/Login", 2, ["Input.Email", "Input.Password"], Form: true),
        new("newsletter-subscribe-form", "/Newsletters/Subscribe", 2, ["Input.Email", "Input.Name"], Form: true),
        new("admin-members-search", "/Admin/Members?q=kommun&county=Stockholms+l%C3%A4n&sort=population", 2, ["q", "county", "sort"], AsAdmin: true),
        new("admin-members-filters", "/Admin/Members?kind=Municipality&status=Active&part=Svealand&country=SE&lacksContact=false&notConfirmed=false&desc=true", 1,
            ["kind", "status", "part", "country", "lacksContact", "notConfirmed", "desc"], AsAdmin: true),
        new("admin-invoices-search", "/Admin/Invoices?q=1001&sort=number", 2, ["q", "sort"], AsAdmin: true),
        new("admin-invoices-filters", "/Admin/Invoices?year=2025&status=Open&desc=true&pageNo=1", 1, ["year", "status", "desc", "pageNo"], AsAdmin: true),
        new("admin-examples-search", "/Admin/Examples?q=sol", 2, ["q"], AsAdmin: true),
        new("admin-examples-filters", "/Admin/Examples?status=Published&theme=1", 1, ["status", "theme"], AsAdmin: true),
    ];

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        App = new EcomunaApp(DatabaseProvider.Postgres, _connectionString, useKestrel: true)
        {
            Settings = new Dictionary<string, string>
            {
                // sqlmap posts the login and subscription forms thousands of times from one address.
                ["RateLimits:Login:PermitLimit"] = "1000000",
                ["RateLimits:PublicForms:PermitLimit"] = "1000000",
                // Every probe must reach the database, not a cached copy of the page.
                ["PublicPageCache:Enabled"] = "false",
            },
        };
        App.StartServer();
        _outputRoot = Directory.CreateTempSubdirectory("ecomuna-sqlmap-").FullName;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await TestDatabases.DropAsync(DatabaseProvider.Postgres, _connectionString);
        Directory.Delete(_outputRoot, recursive: true);
    }

    [Fact]
    public async Task Sqlmap_TestsEveryListParameterAndForm_AndFindsNothingInjectable()
    {
        var sqlmap = FindSqlmap();
        var baseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var adminCookie = await AdminCookieAsync(baseUrl);

        // Two scans at a time: each waits on the app most of the time, and the run stays within a few minutes.
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Targets, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (target, _) =>
        {
            var clock = Stopwatch.StartNew();
            var folder = Path.Combine(_outputRoot, target.Name);
            var (exitCode, log) = await Tools.RunAsync(sqlmap, Arguments(target, baseUrl, folder, adminCookie), timeout: TimeSpan.FromMinutes(5));
            output.WriteLine($"{target.Name}: {clock.Elapsed.TotalSeconds:F0} s");
            var problems = Judge(target, exitCode, log, folder);
            if (problems.Count > 0)
            {
                failures.Add($"{target.Name} ({target.Url}):\n  {string.Join("\n  ", problems)}\n--- sqlmap said ---\n{Tools.Tail(log, 4000)}");
            }
        });

        output.WriteLine($"All targets: {total.Elapsed.TotalSeconds:F0} s");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
    }

    internal static List<string> Arguments(Target target, string baseUrl, string folder, string adminCookie)
    {
        List<string> arguments =
        [
            "--batch", "--disable-coloring", "--flush-session", $"--output-dir={folder}",
            "-u", baseUrl + target.Url, $"--dbms={target.Dbms}", $"--level={target.Level}", "--risk=1",
            "-p", string.Join(',', target.Parameters),
        ];
        if (target.Form)
        {
            // sqlmap reads the form from the page and takes a fresh antiforgery token (and its cookie) before each post.
            arguments.AddRange(["--forms", "--csrf-token=__RequestVerificationToken"]);
        }

        if (target.AsAdmin)
        {
            // The admin's login cookie on every request; cookies the pages set (antiforgery for the logout form) are not needed.
            arguments.AddRange([$"--cookie={AuthCookie}={adminCookie}", "--drop-set-cookie"]);
        }

        return arguments;
    }

    /// <summary>What is wrong with one sqlmap run: an injectable parameter, or a parameter it did not test through.</summary>
    internal static List<string> Judge(Target target, int exitCode, string log, string folder)
    {
        var problems = new List<string>();
        if (exitCode != 0)
        {
            problems.Add($"sqlmap ended with exit code {exitCode}.");
        }

        // sqlmap re-checks every candidate it finds and drops those that do not hold ("false positive or unexploitable
        // injection point detected"); what it keeps it reports as an injection point, in its output and its results file.
        foreach (var line in log.Split('\n'))
        {
            if (line.Contains(" is vulnerable", StringComparison.OrdinalIgnoreCase)
                || line.Contains("identified the following injection point", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("INJECTION FOUND: " + line.Trim());
            }
        }

        var results = Directory.Exists(folder) ? Directory.GetFiles(folder, "results-*.csv") : [];
        foreach (var row in results.SelectMany(File.ReadAllLines).Where(l => l.Length > 0 && !l.StartsWith("Target URL,", StringComparison.Ordinal)))
        {
            if (!row.Contains("false positive", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("INJECTION FOUND in sqlmap's results file: " + row);
            }
        }

        var place = target.Form ? "POST" : "GET";
        foreach (var parameter in target.Parameters)
        {
            if (!log.Contains($"{place} parameter '{parameter}' does not seem to be injectable", StringComparison.Ordinal))
            {
                problems.Add($"{place} parameter '{parameter}' was not tested to the end (no \"does not seem to be injectable\" line).");
            }
        }

        // Answers sqlmap noted as errors mean its probes did not reach the page: 400 (antiforgery), 429 (rate limit), a
        // redirect to the login page (the admin cookie was not accepted) or 500 (the page broke on the input).
        if (log.Contains("HTTP error codes detected during run", StringComparison.Ordinal))
        {
            var at = log.IndexOf("HTTP error codes detected during run", StringComparison.Ordinal);
            problems.Add("The app answered with errors: " + log[at..Math.Min(log.Length, at + 200)].ReplaceLineEndings(" "));
        }

        if (log.Contains("/Account/Login", StringComparison.Ordinal) && target.AsAdmin)
        {
            problems.Add("sqlmap was sent to the login page: the admin cookie did not work.");
        }

        return problems;
    }

    /// <summary>Signs in as the demo admin (password and authenticator code) and returns the login cookie's value.</summary>
    private static async Task<string> AdminCookieAsync(string baseUrl)
    {
        var jar = new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } };
        using var client = new HttpClient(jar) { BaseAddress = new Uri(baseUrl) };
        await client.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);
        var cookie = jar[AuthCookie] ?? throw new InvalidOperationException("Signing in as the admin gave no login cookie.");

        // The cookie alone must open the admin lists, or sqlmap would be scanning the login page.
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        foreach (var target in Targets.Where(t => t.AsAdmin))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
            request.Headers.Add("Cookie", $"{AuthCookie}={cookie}");
            using var response = await plain.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{target.Url} with the admin cookie answered {(int)response.StatusCode}.");
        }

        return cookie;
    }

    internal static string FindSqlmap()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return path.Select(d => Path.Combine(d, "sqlmap")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("sqlmap was not found on PATH. Install it with 'apt-get install sqlmap'.");
    }
}
