using System.Diagnostics;
using System.Globalization;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Email.Outbox;

/// <summary>
/// The built portal run as its own process (<c>dotnet Ecomuna.Web.dll</c>), sending through a real SMTP server: killed
/// in the middle of a batch and started again, and two instances sending from one PostgreSQL database.
/// </summary>
public sealed partial class OutboxProcessTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly List<AppProcess> _processes = [];

    [Fact]
    public async Task KilledMidBatch_AfterRestartEveryMessageArrives_OnlyTheOneInFlightMayGoTwice()
    {
        const int total = 500;
        const int batch = 50;
        var connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var enqueued = await EnqueueAsync(DatabaseProvider.Sqlite, connectionString, total);
        var settings = Settings(DatabaseProvider.Sqlite, connectionString, batch, messagesPerSecond: 100);

        var first = Start(settings);
        await _smtp.WaitForAsync(120, TimeSpan.FromSeconds(120), () => !first.HasExited);
        first.Kill();
        var arrivedBeforeKill = _smtp.ReceivedMail().Count;
        Assert.True(arrivedBeforeKill is >= 120 and < total, $"Killed after {arrivedBeforeKill} of {total}.\n{first.Output}");
        await using (var db = Open(DatabaseProvider.Sqlite, connectionString))
        {
            Assert.True(await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sending) > 0, "The kill left claimed messages that were not sent.");
        }

        var second = Start(settings);
        var received = await WaitForAllAsync(enqueued, second);

        var ids = received.Select(m => m.Id).Where(enqueued.Contains).ToList();
        Assert.Equal(total, ids.Distinct().Count());
        Assert.InRange(ids.Count - total, 0, batch);
        await using (var db = Open(DatabaseProvider.Sqlite, connectionString))
        {
            var mine = enqueued.Select(long.Parse).ToList();
            Assert.Equal(total, await db.OutboxMessages.CountAsync(m => mine.Contains(m.Id) && m.Status == OutboxStatus.Sent));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TestDatabases.DropAsync(DatabaseProvider.Sqlite, connectionString);
    }

    [Fact]
    public async Task StoppedMidBatch_FinishesTheBatchBeforeItExits()
    {
        const int total = 40;
        var connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var enqueued = await EnqueueAsync(DatabaseProvider.Sqlite, connectionString, total);
        var settings = Settings(DatabaseProvider.Sqlite, connectionString, batch: 100, messagesPerSecond: 10);
        settings["Outbox__LeaseDuration"] = "00:02:00";

        var app = Start(settings);
        await _smtp.WaitForAsync(3, TimeSpan.FromSeconds(120), () => !app.HasExited);
        var arrivedAtStop = _smtp.ReceivedMail().Count(m => enqueued.Contains(m.Id));
        app.Terminate();
        Assert.True(app.WaitForExit(TimeSpan.FromSeconds(30)), $"The app did not stop within 30 s.\n{app.Output}");

        Assert.True(arrivedAtStop < total / 2, $"The batch was nearly sent before the stop ({arrivedAtStop} of {total}).");
        var ids = _smtp.ReceivedMail().Select(m => m.Id).Where(enqueued.Contains).ToList();
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        await using (var db = Open(DatabaseProvider.Sqlite, connectionString))
        {
            var mine = enqueued.Select(long.Parse).ToList();
            Assert.Equal(total, await db.OutboxMessages.CountAsync(m => mine.Contains(m.Id) && m.Status == OutboxStatus.Sent));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TestDatabases.DropAsync(DatabaseProvider.Sqlite, connectionString);
    }

    /// <summary>
    /// Both instances write to one pickup folder, which takes mail far faster than an SMTP server on a busy test
    /// machine; what is tested here is that the two never claim the same message.
    /// </summary>
    [Fact]
    public async Task TwoInstancesOnOnePostgres_TenThousandMessages_EachSentExactlyOnce()
    {
        const int total = 10_000;
        var connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        var pickup = Directory.CreateTempSubdirectory("ecomuna-pickup-").FullName;
        try
        {
            var enqueued = await EnqueueAsync(DatabaseProvider.Postgres, connectionString, total);
            var settings = Settings(DatabaseProvider.Postgres, connectionString, batch: 100, messagesPerSecond: 0);
            settings["Email__Delivery"] = "PickupFolder";
            settings["Email__PickupDirectory"] = pickup;

            // Long enough that no send outlasts its lease; a lease that runs out mid-send is the one way to send twice.
            settings["Outbox__LeaseDuration"] = "00:02:00";

            var one = Start(settings);
            var two = Start(settings);
            var clock = Stopwatch.StartNew();
            while (Directory.GetFiles(pickup, "*.eml").Length < total || SentIds(pickup).Count(enqueued.Contains) < total)
            {
                Assert.False(one.HasExited || two.HasExited, $"An instance stopped.\n{one.Output}\n{two.Output}");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"Only {Directory.GetFiles(pickup, "*.eml").Length} of {total} arrived.\n{one.Output}");
                await Task.Delay(500);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            var ids = SentIds(pickup).Where(enqueued.Contains).ToList();

            Assert.Equal(total, ids.Distinct().Count());
            var twice = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).Take(10).ToList();
            Assert.True(total == ids.Count, $"Sent twice: {string.Join(", ", twice)}\n{one.Output}\n----\n{two.Output}");
            await using var db = Open(DatabaseProvider.Postgres, connectionString);
            var mine = enqueued.Select(long.Parse).ToList();
            Assert.Equal(total, await db.OutboxMessages.CountAsync(m => mine.Contains(m.Id) && m.Status == OutboxStatus.Sent && m.Attempts == 1));
        }
        finally
        {
            foreach (var process in _processes)
            {
                process.Kill();
            }

            await TestDatabases.DropAsync(DatabaseProvider.Postgres, connectionString);
            Directory.Delete(pickup, recursive: true);
        }
    }

    private static List<string> SentIds(string pickup) =>
        [.. Directory.GetFiles(pickup, "*.eml").Select(f => OutboxIdRegex().Match(File.ReadAllText(f)).Groups[1].Value)];

    [System.Text.RegularExpressions.GeneratedRegex(@"^X-Ecomuna-Outbox-Id: (\d+)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex OutboxIdRegex();

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        _smtp.Dispose();
    }

    private async Task<IReadOnlyList<SmtpTestServer.Received>> WaitForAllAsync(HashSet<string> enqueued, AppProcess process)
    {
        var total = enqueued.Count;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var received = _smtp.ReceivedMail();
            if (received.Select(m => m.Id).Where(enqueued.Contains).Distinct().Count() >= total)
            {
                return received;
            }

            Assert.False(process.HasExited, $"The app stopped.\n{process.Output}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"Only {received.Count} of {total} arrived.\n{process.Output}");
            await Task.Delay(200);
        }
    }

    private static EcomunaDbContext Open(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<EcomunaDbContext>();
        DatabaseRegistration.UseProvider(options, provider, connectionString);
        return new EcomunaDbContext(options.Options);
    }

    /// <summary>Queues the test's messages; returns their ids (the app's own scheduled jobs may queue mail of their own).</summary>
    private static async Task<HashSet<string>> EnqueueAsync(DatabaseProvider provider, string connectionString, int count)
    {
        await using var db = Open(provider, connectionString);
        var outbox = new EmailOutbox(db, TimeProvider.System);
        var rows = Enumerable.Range(1, count)
            .Select(i => outbox.Enqueue(new EmailMessage($"person{i}@example.se", $"Meddelande {i}", $"<p>Meddelande {i}</p>", $"Meddelande {i}")))
            .ToList();
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))];
    }

    private Dictionary<string, string> Settings(DatabaseProvider provider, string connectionString, int batch, double messagesPerSecond) => new()
    {
        ["Database__Provider"] = provider.ToString(),
        ["Database__ConnectionString"] = connectionString,
        ["Database__MigrateOnStartup"] = "false",
        ["Database__SeedDemoData"] = "false",
        ["Email__Delivery"] = "Smtp",
        ["Email__SmtpHost"] = "127.0.0.1",
        ["Email__SmtpPort"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email__FromAddress"] = "kansliet@example.org",
        ["Outbox__BatchSize"] = batch.ToString(CultureInfo.InvariantCulture),
        ["Outbox__MessagesPerSecond"] = messagesPerSecond.ToString(CultureInfo.InvariantCulture),
        ["Outbox__LeaseDuration"] = "00:00:03",
        ["Outbox__PollInterval"] = "00:00:00.200",
        ["Association__Name"] = "Sveriges Ekokommuner",
        ["Association__Address"] = "Box 100\n151 89 Södertälje",
        ["Association__OrganisationNumber"] = "802400-1234",
        ["Association__Bankgiro"] = "123-4567",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    private AppProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var process = new AppProcess(settings);
        _processes.Add(process);
        return process;
    }

    /// <summary>The built app run as an operator runs it, with its output kept for when a test fails.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly Process _process;
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
        private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ecomuna-proc-").FullName;

        public AppProcess(IReadOnlyDictionary<string, string> settings)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ecomuna.Web.dll"));
            foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in settings)
            {
                start.Environment[name] = value;
            }

            start.Environment["DataDirectory"] = _dataDirectory;
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public bool HasExited => _process.HasExited;

        public string Output => string.Join('\n', _output);

        /// <summary>Like kill -9: the process gets no chance to finish what it is doing.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        /// <summary>Like <c>docker stop</c> or systemd: SIGTERM, asking the app to shut down.</summary>
        public void Terminate()
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

        public void Dispose()
        {
            Kill();
            _process.Dispose();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans temporary folders.
            }
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.TryDequeue(out _);
            }
        }
    }
}
