using System.Globalization;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ecomuna.IntegrationTests.Data;

/// <summary>The versioned SQL scripts against the EF model and against older databases, each test on its own empty database.</summary>
public abstract class SchemaTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly List<string> _databases = [];
    private readonly List<EcomunaDbContext> _contexts = [];

    protected DatabaseProvider Provider => provider;

    [Fact]
    public async Task Migrate_EmptyDatabase_ReachesLatestVersion()
    {
        var db = await NewContextAsync();
        var migrator = Migrator(db);

        var applied = await migrator.MigrateAsync();

        Assert.Equal(SchemaMigrator.ScriptsFor(provider).Select(s => s.Version), applied);
        Assert.Equal(SchemaMigrator.LatestVersion(provider), await migrator.CurrentVersionAsync());
        Assert.Empty(await migrator.MigrateAsync());
        Assert.Equal(SchemaMigrator.LatestVersion(provider), await migrator.CurrentVersionAsync());
    }

    [Fact]
    public async Task CurrentVersion_EmptyDatabase_IsZeroAndCreatesNothing()
    {
        var db = await NewContextAsync();

        Assert.Equal(0, await Migrator(db).CurrentVersionAsync());

        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(CountTablesSql(provider)).SingleAsync());
    }

    [Fact]
    public async Task Migrate_Schema_HasNoDriftFromModel()
    {
        var migrated = await NewContextAsync();
        await Migrator(migrated).MigrateAsync();
        var created = await NewContextAsync();
        Assert.True(await created.Database.EnsureCreatedAsync(), "EnsureCreated found the new database not empty.");

        var fromScripts = await SchemaSnapshot.ReadAsync(migrated.Database.GetDbConnection(), provider);
        var fromModel = await SchemaSnapshot.ReadAsync(created.Database.GetDbConnection(), provider);

        Assert.Contains("table Members", fromModel.Lines);
        var differences = fromScripts.DifferencesFrom(fromModel);
        Assert.True(differences.Count == 0,
            $"The {provider} scripts (-) and the EF model (+) differ:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
    }

    [Fact]
    public async Task Migrate_FromPreviousVersionWithData_KeepsEveryRow()
    {
        var db = await NewContextAsync();
        var migrator = Migrator(db);
        await migrator.MigrateAsync(targetVersion: 1);
        Assert.Equal(1, await migrator.CurrentVersionAsync());

        var no = provider == DatabaseProvider.Postgres ? "false" : "0";
        var yes = provider == DatabaseProvider.Postgres ? "true" : "1";
        await ExecuteAsync(db,
            """INSERT INTO "Members" ("Id", "Name", "Kind", "CountryCode", "County", "PartOfCountry", "Status", "MemberSince") """
            + "VALUES (7, 'Södertälje', 1, 'SE', 'Stockholms län', 2, 2, '1995-01-01')");
        await ExecuteAsync(db,
            """INSERT INTO "PopulationFigures" ("Id", "MemberId", "Year", "Population", "Source") VALUES (3, 7, 2024, 102000, 'SCB')""");
        await ExecuteAsync(db, """INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName") VALUES ('role-1', 'Admin', 'ADMIN')""");
        await ExecuteAsync(db, $"""
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "MemberId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('user-1', 'Anna Berg', 7, 'anna@example.se', 'ANNA@EXAMPLE.SE', 'anna@example.se', 'ANNA@EXAMPLE.SE', {yes}, {no}, {no}, {yes}, 0)
            """);
        await ExecuteAsync(db, """INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('user-1', 'role-1')""");

        var applied = await migrator.MigrateAsync();

        Assert.Equal(SchemaMigrator.ScriptsFor(provider).Where(s => s.Version > 1).Select(s => s.Version), applied);
        Assert.Equal(SchemaMigrator.LatestVersion(provider), await migrator.CurrentVersionAsync());
        var member = await db.Members.Include(m => m.Populations).SingleAsync();
        Assert.Equal(("Södertälje", 7, new DateOnly(1995, 1, 1)), (member.Name, member.Id, member.MemberSince!.Value));
        Assert.Equal(102000, member.PopulationFor(2024));
        var user = await db.Users.SingleAsync();
        Assert.Equal(("Anna Berg", "anna@example.se", 7, true), (user.DisplayName, user.Email, user.MemberId!.Value, user.EmailConfirmed));
        Assert.Equal("sv", user.PreferredLanguage);
        var role = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).SingleAsync();
        Assert.Equal(("user-1", "Admin"), (role.UserId, role.Name));
    }

    [Fact]
    public async Task Migrate_EventInvoices_KeepsInvoicesLinesAndRegistrationsAndTheirKeys()
    {
        var db = await NewContextAsync();
        var migrator = Migrator(db);
        await migrator.MigrateAsync(targetVersion: 9);
        var no = provider == DatabaseProvider.Postgres ? "false" : "0";
        var yes = provider == DatabaseProvider.Postgres ? "true" : "1";
        await ExecuteAsync(db, """INSERT INTO "Members" ("Id", "Name", "Kind", "CountryCode", "Status") VALUES (7, 'Södertälje', 1, 'SE', 2)""");
        foreach (var (id, number, kind, credited, creditedId) in new[] { (1, 1001, 1, yes, "NULL"), (2, 1002, 2, no, "1") })
        {
            await ExecuteAsync(db, $"""
                INSERT INTO "Invoices" ("Id", "Number", "Kind", "CreditedInvoiceId", "IsCredited", "MemberId", "IssueDate", "DueDate", "OcrReference",
                    "BuyerName", "BuyerAddress", "NetAmount", "VatAmount", "Total", "PaidAmount", "IssuedAt", "IssuedBy")
                VALUES ({id}, {number}, {kind}, {creditedId}, {credited}, 7, '2026-01-10', '2026-02-09', '{number}6', 'Södertälje', 'Box 1', 34600, 0, 34600, 0, '2026-01-10T09:00:00+00:00', 'admin')
                """);
            await ExecuteAsync(db, $"""INSERT INTO "InvoiceLines" ("Id", "InvoiceId", "Description", "Quantity", "UnitPrice", "VatRate", "Amount") VALUES ({id}, {id}, 'Medlemsavgift 2026', 1, 34600, 0, 34600)""");
        }

        await ExecuteAsync(db, $"""
            INSERT INTO "Events" ("Id", "Kind", "Title", "Description", "StartsAtUtc", "EndsAtUtc", "TimeZone", "Audience", "ConfirmedCount",
                "MemberPrice", "NetworkMemberPrice", "NonMemberPrice", "VatRate", "IsAnnualMeeting", "CalendarUid")
            VALUES (3, 1, 'Årskonferens', '', '2026-05-22 07:00:00', '2026-05-22 15:00:00', 'Europe/Stockholm', 1, 1, 1800, 1200, 3200, 0.25, {no}, 'uid-3')
            """);
        await ExecuteAsync(db, """
            INSERT INTO "EventRegistrations" ("Id", "EventId", "Status", "FirstName", "LastName", "Email", "PriceCategory", "Price", "RegisteredAtUtc", "InvoiceId", "AccessToken")
            VALUES (4, 3, 2, 'Anna', 'Berg', ' Anna.Berg@Example.se', 1, 1800, '2026-03-01 10:00:00', 1, 'token-4')
            """);

        await migrator.MigrateAsync();

        var invoices = await db.Invoices.Include(i => i.Lines).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([(1001L, 7, true, 34600m), (1002L, 7, false, 0m)], invoices.Select(i => (i.Number, i.MemberId!.Value, i.IsCredited, i.CreditedAmount)));
        Assert.Equal(2, invoices[0].Lines.Single().CreditNoteId);
        Assert.Null(invoices[1].Lines.Single().CreditNoteId);
        Assert.Equal(0m, invoices[0].Outstanding);
        var registration = await db.EventRegistrations.SingleAsync();
        Assert.Equal(("anna.berg@example.se", 1), (registration.Email, registration.InvoiceId!.Value));

        // The foreign keys still hold after the rebuild: an invoice of a member that does not exist is refused.
        db.Invoices.Add(new Core.Invoicing.Invoice { Number = 1003, MemberId = 99, OcrReference = "10034", BuyerName = "X", BuyerAddress = "Y", IssuedBy = "t" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    protected async Task<EcomunaDbContext> NewContextAsync()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync(provider);
        _databases.Add(connectionString);
        var options = new DbContextOptionsBuilder<EcomunaDbContext>();
        DatabaseRegistration.UseProvider(options, provider, connectionString);
        var db = new EcomunaDbContext(options.Options);
        _contexts.Add(db);
        return db;
    }

    protected EcomunaDbContext ContextOn(EcomunaDbContext other)
    {
        var options = new DbContextOptionsBuilder<EcomunaDbContext>();
        DatabaseRegistration.UseProvider(options, provider, other.Database.GetConnectionString()!);
        var db = new EcomunaDbContext(options.Options);
        _contexts.Add(db);
        return db;
    }

    private static string CountTablesSql(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'"
        : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table'";

    protected static SchemaMigrator Migrator(EcomunaDbContext db) => new(db, NullLogger<SchemaMigrator>.Instance);

    private static async Task ExecuteAsync(EcomunaDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = await command.ExecuteNonQueryAsync();
        Assert.True(rows == 1, string.Create(CultureInfo.InvariantCulture, $"Expected one row from: {sql}, got {rows}."));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var db in _contexts)
        {
            await db.DisposeAsync();
        }

        foreach (var connectionString in _databases)
        {
            await TestDatabases.DropAsync(provider, connectionString);
        }
    }
}

public sealed class SchemaTestsOnSqlite() : SchemaTests(DatabaseProvider.Sqlite);

public sealed class SchemaTestsOnPostgres() : SchemaTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task Migrate_TwoInstancesAtOnce_BothSucceedAndApplyOnce()
    {
        var first = await NewContextAsync();
        var second = ContextOn(first);
        // Connections opened beforehand let both migrators start at nearly the same moment.
        await first.Database.OpenConnectionAsync();
        await second.Database.OpenConnectionAsync();

        var results = await Task.WhenAll(
            Task.Run(() => Migrator(first).MigrateAsync()),
            Task.Run(() => Migrator(second).MigrateAsync()));

        var latest = SchemaMigrator.ScriptsFor(Provider).Select(s => s.Version).ToList();
        Assert.Single(results, applied => applied.SequenceEqual(latest));
        Assert.Single(results, applied => applied.Count == 0);
        Assert.Equal(latest.Count, await first.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"" + SchemaMigrator.VersionTable + "\"").SingleAsync());
    }
}
