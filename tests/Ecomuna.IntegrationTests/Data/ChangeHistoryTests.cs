using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Data;

public abstract class ChangeHistoryTests<TApp>(TApp fixture) : AppTests<TApp>(fixture)
    where TApp : AppFixture
{
    [Fact]
    public async Task Save_ChangedMember_RecordsOldAndNewValue()
    {
        var memberId = await ChangeAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.Name == "Ekerö");
            member.County = "Uppsala län";
            member.Website = "https://www.ekero.se";
            return member.Id;
        });

        var log = await HistoryAsync(memberId);
        Assert.Contains(log, e => e.Property == "County" && e.OldValue == "Stockholms län" && e.NewValue == "Uppsala län" && e.ChangedBy == "system");
        Assert.Contains(log, e => e.Property == "Website" && e.OldValue == null && e.NewValue == "https://www.ekero.se");
    }

    [Fact]
    public async Task Save_NewContactAndNewPopulation_AreRecordedOnTheMember()
    {
        var memberId = await ChangeAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Populations).SingleAsync(m => m.Name == "Solna");
            member.Contacts.Add(new ContactPerson { FirstName = "Ida", LastName = "Ström", Email = "ida@solna.se", Role = ContactRole.OtherStaff });
            member.Populations.Add(new PopulationFigure { Year = 2001, Population = 57000 });
            return member.Id;
        });

        var log = await HistoryAsync(memberId);
        Assert.Contains(log, e => e.EntityType == "ContactPerson" && e.Change == "Added" && e.NewValue == "Ida Ström" && e.ContactPersonId != null);
        Assert.Contains(log, e => e.EntityType == "PopulationFigure" && e.Property == "2001" && e.NewValue == "57000");
    }

    [Fact]
    public async Task Save_EndedDelegate_RecordsThatTheVoteWentAway()
    {
        var memberId = await ChangeAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Contacts).SingleAsync(m => m.Name == "Huddinge");
            member.Contacts.First(c => c.IsDelegate).End(new DateOnly(2026, 1, 31));
            return member.Id;
        });

        var log = await HistoryAsync(memberId);
        Assert.Contains(log, e => e.Property == "IsDelegate" && e.OldValue == "True" && e.NewValue == "False");
        Assert.Contains(log, e => e.Property == "EndedOn" && e.NewValue == "2026-01-31");
    }

    private async Task<int> ChangeAsync(Func<EcomunaDbContext, Task<int>> change)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var id = await change(db);
        await db.SaveChangesAsync();
        return id;
    }

    private Task<List<ChangeLogEntry>> HistoryAsync(int memberId) =>
        QueryAsync(db => db.ChangeLog.Where(e => e.MemberId == memberId).OrderBy(e => e.Id).ToListAsync());
}

public sealed class ChangeHistoryTestsOnSqlite(SqliteApp fixture) : ChangeHistoryTests<SqliteApp>(fixture);

public sealed class ChangeHistoryTestsOnPostgres(PostgresApp fixture) : ChangeHistoryTests<PostgresApp>(fixture);
