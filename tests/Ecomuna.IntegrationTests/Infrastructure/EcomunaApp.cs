using Ecomuna.Core.Data;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// The portal hosted for a test on one database. Every external dependency is swapped here and only here:
/// the clock is a <see cref="FakeClock"/>, mail goes to <see cref="MailFolder"/>, files to a temporary data folder.
/// </summary>
public sealed class EcomunaApp : WebApplicationFactory<Program>
{
    private readonly bool _prepareDatabase;
    private readonly bool _useKestrel;

    public EcomunaApp(DatabaseProvider provider, string connectionString, bool prepareDatabase = false, bool useKestrel = false)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _prepareDatabase = prepareDatabase;
        _useKestrel = useKestrel;
        DataDirectory = Directory.CreateTempSubdirectory("ecomuna-app-").FullName;
        ClientOptions.AllowAutoRedirect = false;
        if (useKestrel)
        {
            UseKestrel(0);
        }
        else
        {
            // The portal's cookies are Secure (__Host- prefix), so the test clients talk https as browsers would.
            ClientOptions.BaseAddress = new Uri("https://localhost");
        }
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }
    public string MailFolder => Path.Combine(DataDirectory, "mail");
    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Configuration of this copy of the portal beyond the test defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, every log line the portal writes is kept here as well.</summary>
    public CapturedLogs? Logs { get; init; }

    /// <summary>Runs the outbox sender and scheduled jobs in the background, as in production.</summary>
    public bool RunBackgroundService { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Chromium reaches the Kestrel host over plain http, as a developer's browser reaches http://localhost.
        builder.UseSetting("Security:AllowHttp", _useKestrel ? "true" : "false");
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", _prepareDatabase ? "true" : "false");
        builder.UseSetting("Database:SeedDemoData", _prepareDatabase ? "true" : "false");
        builder.UseSetting("Email:Delivery", "PickupFolder");

        // The background service is off so nothing runs behind a test's back; SentMails() delivers the outbox.
        builder.UseSetting("Outbox:Enabled", RunBackgroundService ? "true" : "false");
        builder.UseSetting("Outbox:MessagesPerSecond", "0");

        // One connection keeps mail in the order it was queued, the order tests read it in.
        builder.UseSetting("Outbox:Connections", "1");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Jobs:PublicUrl", "https://portal.example.org");
        builder.UseSetting("Association:Name", "Sveriges Ekokommuner");
        builder.UseSetting("Association:Address", "c/o Kansliet\nBox 100\n151 89 Södertälje");
        builder.UseSetting("Association:OrganisationNumber", "802400-1234");
        builder.UseSetting("Association:Bankgiro", "123-4567");
        builder.UseSetting("Association:Email", "kansliet@ekokommuner.example");
        // Limits high enough never to trouble a test; the rate-limit test sets its own in Settings.
        builder.UseSetting("RateLimits:Login:PermitLimit", "100000");
        builder.UseSetting("RateLimits:PublicForms:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (Logs is not null)
            {
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            }
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can assert them.</summary>
    public HttpClient CreateBrowserlikeClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The emails sent so far, oldest first; mail still in the outbox is delivered first.</summary>
    public IReadOnlyList<SentMail> SentMails()
    {
        Task.Run(() => DeliverOutboxAsync()).GetAwaiter().GetResult();
        return ReadMailFolder();
    }

    /// <summary>
    /// Sends everything queued in the outbox, as the background service would. It sends as of a far-off moment so
    /// that mail queued under any fake time is due.
    /// </summary>
    public async Task<int> DeliverOutboxAsync()
    {
        var sent = 0;
        while (true)
        {
            using var scope = Services.CreateScope();
            var provider = scope.ServiceProvider;
            var sender = new OutboxSender(
                provider.GetRequiredService<EcomunaDbContext>(), provider.GetRequiredService<IEmailTransport>(), FarFuture,
                provider.GetRequiredService<IOptions<OutboxOptions>>(), NullLogger<OutboxSender>.Instance);
            var result = await sender.SendBatchAsync();
            sent += result.Sent;
            if (result.Claimed == 0 || result.ServerUnreachable)
            {
                return sent;
            }
        }
    }

    private static readonly FakeClock FarFuture = new(new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private IReadOnlyList<SentMail> ReadMailFolder() =>
        Directory.Exists(MailFolder)
            ? [.. new DirectoryInfo(MailFolder).GetFiles("*.eml").OrderBy(f => f.CreationTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => SentMail.Parse(File.ReadAllText(f.FullName)))]
            : [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a background thread; the OS cleans temporary folders.
        }
    }
}

/// <summary>A test class's own copy of the portal on a fresh database of the provider.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private string _connectionString = "";

    public EcomunaApp App { get; private set; } = null!;

    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabases.CreateAsync(provider);
        App = new EcomunaApp(provider, _connectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await TestDatabases.DropAsync(provider, _connectionString);
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);
