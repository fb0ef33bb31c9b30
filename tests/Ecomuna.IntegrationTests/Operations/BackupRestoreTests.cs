using System.Net;
using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Operations;

/// <summary>
/// The backup procedure of docs/operations.md, end to end on PostgreSQL: scripts/backup.sh dumps a database holding a news
/// post written through the admin page, the database is dropped, scripts/restore.sh brings it back, and the portal
/// started on the restored database shows the post with its picture, lets people log in and still accepts a login
/// cookie issued before the backup (the data protection keys are in the database).
/// </summary>
[Trait("Category", "Operations")]
public sealed class BackupRestoreTests
{
    private const string Title = "Säkerhetskopian fungerar";

    [Fact]
    public async Task BackupScript_DropTheDatabase_RestoreScript_ThePortalShowsTheDataAndOldLoginsStillWork()
    {
        var connectionString = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        var libpq = Tools.LibpqConnection(connectionString);
        var environment = Tools.PostgresClientEnvironment(connectionString);
        var scripts = Path.Combine(Tools.RepositoryRoot(), "scripts");
        var folder = Directory.CreateTempSubdirectory("ecomuna-backup-").FullName;
        var dump = Path.Combine(folder, "ecomuna.dump");
        var picture = SimplePng.Gradient(80, 45, (20, 120, 60), (240, 240, 200));
        var adminCookies = new CookieJar();
        try
        {
            await using (var before = new EcomunaApp(DatabaseProvider.Postgres, connectionString))
            {
                using var admin = before.CreateDefaultClient(before.ClientOptions.BaseAddress, adminCookies);
                await admin.LogInAsync(DemoDataSeeder.AdminEmail, DemoDataSeeder.Password);
                var form = await admin.GetPageAsync("/Admin/News/Edit");
                using var saved = await admin.SubmitWithFilesAsync(form, "#news-form",
                    new Dictionary<string, (string, byte[])> { ["Upload"] = ("backup.png", picture) },
                    new Dictionary<string, string>
                    {
                        ["Input.TitleSv"] = Title, ["Input.SummarySv"] = "Återställd ur en säkerhetskopia.", ["Input.BodySv"] = "Allt finns kvar.",
                        ["Input.ImageAltSv"] = "En grön bild", ["Input.TitleEn"] = "", ["Input.IsPublished"] = "true",
                        ["Input.PublishOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    });
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            var (backupExit, backupOutput) = await Tools.RunAsync("bash", [Path.Combine(scripts, "backup.sh"), libpq, dump], environment);
            Assert.True(backupExit == 0, $"backup.sh failed:\n{backupOutput}");
            Assert.True(new FileInfo(dump).Length > 10_000, $"The dump is only {new FileInfo(dump).Length} bytes.");

            await PostgresServer.Shared.DropDatabaseAsync(database);
            await PostgresServer.Shared.CreateDatabaseAsync(database);
            var (restoreExit, restoreOutput) = await Tools.RunAsync("bash", [Path.Combine(scripts, "restore.sh"), dump, libpq], environment);
            Assert.True(restoreExit == 0, $"restore.sh failed:\n{restoreOutput}");

            // Restoring again over a database that has the tables already replaces them, as an operator restoring in place does.
            var (againExit, againOutput) = await Tools.RunAsync("bash", [Path.Combine(scripts, "restore.sh"), dump, libpq], environment);
            Assert.True(againExit == 0, $"restore.sh over the restored database failed:\n{againOutput}");

            await using var after = new EcomunaApp(DatabaseProvider.Postgres, connectionString);

            using var visitor = after.AnonymousClient();
            var news = await visitor.GetPageAsync("/News");
            var link = news.QuerySelectorAll("#news h2 a").FirstOrDefault(a => a.TextContent.Trim() == Title);
            Assert.True(link is not null, $"The restored news list does not show '{Title}'.");
            var post = await visitor.GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(Title, post.QuerySelector("h1")!.TextContent.Trim());
            using var image = await visitor.GetAsync(post.QuerySelector("main img")!.GetAttribute("src")!);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(picture, await image.Content.ReadAsByteArrayAsync());

            var oldCookie = new CookieJar();
            oldCookie.Set(SessionCookieName, adminCookies[SessionCookieName] ?? throw new InvalidOperationException("The admin got no login cookie."));
            using (var stillSignedIn = after.CreateDefaultClient(after.ClientOptions.BaseAddress, oldCookie))
            {
                using var adminPage = await stillSignedIn.GetAsync("/Admin/News");
                Assert.True(adminPage.StatusCode == HttpStatusCode.OK,
                    $"The login cookie from before the backup answered {(int)adminPage.StatusCode} {adminPage.Headers.Location}, expected the admin page.");
            }

            using var contact = await after.ContactPersonAsync(DemoMembers.Sodertalje);
            var organisation = await contact.GetPageAsync("/Organisation");
            Assert.Contains("Södertälje", organisation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabases.DropAsync(DatabaseProvider.Postgres, connectionString);
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string SessionCookieName = "__Host-Ecomuna.Auth";
}
