using System.Diagnostics;
using System.Net.Mail;
using Ecomuna.Core.Data;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Newsletters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Ecomuna.Bench;

/// <summary>
/// The newsletter send rate: <c>count</c> confirmed subscribers get one newsletter. Its audience is resolved and
/// written to the outbox in one transaction (as the app does), then the outbox sender delivers it through the app's
/// SMTP transport to a local SMTP server, as fast as the server takes it, over <c>connections</c> connections. Next to it,
/// plain loops of System.Net.Mail sends of the same message with no database, against the same server: as many loops
/// side by side as the outbox has connections (up to 10,000 messages), and one loop alone (up to 1,000 messages).
/// </summary>
internal static class NewsletterSendRate
{
    /// <summary>A newsletter of ordinary length: about 2 kB of Markdown.</summary>
    private static readonly string Body = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
        $"## Nyhet {i}\n\nMedlemmarna i nätverket har arbetat med **hållbar utveckling** i sina kommuner. Läs mer i [portalen](https://bench.example/News/{i}) "
        + "och anmäl dig till höstens webbinarier om goda exempel, gröna nyckeltal och klimatomställning."));

    private static readonly string BodyHtml = string.Join("\n", Enumerable.Range(1, 6).Select(i =>
        $"<h2>Nyhet {i}</h2>\n<p>Medlemmarna i nätverket har arbetat med <strong>hållbar utveckling</strong> i sina kommuner. Läs mer i <a href=\"https://bench.example/News/{i}\">portalen</a> "
        + "och anmäl dig till höstens webbinarier om goda exempel, gröna nyckeltal och klimatomställning.</p>"));

    public sealed record Result(double ExpandSeconds, double OutboxPerSecond, double PlainPerSecond, double PlainOneConnectionPerSecond, int Count, int Connections);

    public static async Task<Result> RunAsync(string connectionString, int smtpPort, int count, int connections)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var writer = await connection.BeginBinaryImportAsync("""
                COPY "NewsletterSubscribers" ("Email", "Language", "ConsentText", "ConsentLanguage", "ConsentGivenAtUtc", "ConfirmedAtUtc") FROM STDIN (FORMAT BINARY)
                """);
            var now = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync($"bench-subscriber-{i:D6}@bench.example", NpgsqlDbType.Varchar);
                await writer.WriteAsync(i % 4 == 0 ? "en" : "sv", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Jag vill få nyhetsbrevet.", NpgsqlDbType.Varchar);
                await writer.WriteAsync("sv", NpgsqlDbType.Varchar);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        var options = new DbContextOptionsBuilder<EcomunaDbContext>().UseNpgsql(connectionString).Options;
        var newsletter = new Newsletter
        {
            SubjectSv = "Nyhetsbrev: benchmark", BodySv = Body, SubjectEn = "Newsletter: benchmark", BodyEn = Body,
            AudienceSubscribers = true, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        await using (var db = new EcomunaDbContext(options))
        {
            db.Newsletters.Add(newsletter);
            await db.SaveChangesAsync();
        }

        // Expanding: the same audience query and bulk writer as the app, with a body and signed-link-sized footer.
        var expand = Stopwatch.StartNew();
        await using (var db = new EcomunaDbContext(options))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var recipients = await NewsletterAudience.ResolveAsync(db, newsletter, DateOnly.FromDateTime(DateTime.UtcNow));
            var html = BodyHtml;
            var now = DateTime.UtcNow;
            var token = new string('x', 140);
            var written = await NewsletterOutboxWriter.WriteAsync(db, recipients.Select(r => new OutboxMessage
            {
                To = r.Email, Subject = newsletter.Subject(r.Language),
                HtmlBody = $"<!DOCTYPE html><html><body>{html}<p><a href=\"https://bench.example/Newsletters/Unsubscribe?t={token}\">Unsubscribe</a></p></body></html>",
                TextBody = $"{Body}\n\nUnsubscribe: https://bench.example/Newsletters/Unsubscribe?t={token}\n",
                Headers = $$"""{"List-Unsubscribe":"<https://bench.example/Newsletters/Unsubscribe?t={{token}}>","List-Unsubscribe-Post":"List-Unsubscribe=One-Click"}""",
                Kind = EmailKind.Bulk, Status = OutboxStatus.Queued, CreatedAtUtc = now, NextAttemptAtUtc = now, NewsletterId = newsletter.Id,
            }));
            await db.Newsletters.Where(n => n.Id == newsletter.Id).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NewsletterStatus.Sent).SetProperty(n => n.RecipientCount, written).SetProperty(n => n.SentAtUtc, now));
            await transaction.CommitAsync();
        }

        expand.Stop();

        // Mail the app queued earlier in the run (invoices, reminders) waits, so that only the newsletter is measured.
        await using (var db = new EcomunaDbContext(options))
        {
            await db.OutboxMessages.Where(m => m.NewsletterId != newsletter.Id && m.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddYears(1)));
        }

        var emailOptions = Options.Create(new EmailOptions { Delivery = EmailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = smtpPort, FromAddress = "bench@bench.example" });
        var outboxOptions = Options.Create(new OutboxOptions { MessagesPerSecond = 0, BatchSize = 200, Connections = connections });
        var transport = new SmtpEmailTransport(emailOptions);
        var sending = Stopwatch.StartNew();
        var sent = 0;
        while (true)
        {
            await using var db = new EcomunaDbContext(options);
            var pass = await new OutboxSender(db, transport, TimeProvider.System, outboxOptions, NullLogger<OutboxSender>.Instance).SendBatchAsync();
            sent += pass.Sent;
            if (pass.Claimed == 0 || pass.ServerUnreachable)
            {
                Console.Error.WriteLine($"Outbox: {sent} sent; last pass {pass}; {await db.OutboxMessages.Where(m => m.LastError != null).Select(m => m.LastError).FirstOrDefaultAsync()}");
                break;
            }
        }

        sending.Stop();
        if (sent != count)
        {
            throw new InvalidOperationException($"The outbox sent {sent} of {count} newsletter messages.");
        }

        // The plain sender: the same message, one SmtpClient, a loop, no database.
        EmailMessage sample;
        await using (var db = new EcomunaDbContext(options))
        {
            sample = EmailOutbox.ToEmail(await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.NewsletterId == newsletter.Id));
        }

        var plain = await PlainRateAsync(sample, emailOptions.Value, smtpPort, Math.Min(count, 10_000), connections);
        var plainOne = await PlainRateAsync(sample, emailOptions.Value, smtpPort, Math.Min(count, 1_000), 1);
        return new Result(expand.Elapsed.TotalSeconds, count / sending.Elapsed.TotalSeconds, plain, plainOne, count, connections);
    }

    /// <summary>Messages a second of <paramref name="loops"/> loops side by side, each sending over one SmtpClient.</summary>
    private static async Task<double> PlainRateAsync(EmailMessage sample, EmailOptions settings, int smtpPort, int count, int loops)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, loops).Select(async _ =>
        {
            using var client = new SmtpClient("127.0.0.1", smtpPort) { DeliveryMethod = SmtpDeliveryMethod.Network };
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var mail = MailMessageFactory.Create(sample with { To = $"bench-plain-{loops}-{i:D6}@bench.example" }, settings);
                await client.SendMailAsync(mail);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }
}
