using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Governance;

public sealed class VotingRegisterTests(SqliteApp fixture) : AppTests<SqliteApp>(fixture)
{
    [Fact]
    public async Task VotingRegister_ListsEveryActiveMemberWithItsTwoDelegates()
    {
        using var client = await AdminAsync();
        var (members, votes) = await CountsAsync();

        var page = await client.GetPageAsync("/Admin/Governance/VotingRegister");

        Assert.Equal(members, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal($"{members} medlemmar, {votes} röster", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task VotingRegister_MemberWhoseDelegateEnded_ShowsTheMissingDelegate()
    {
        await ExecuteAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Contacts).SingleAsync(m => m.Name == "Bollnäs");
            member.Contacts.Single(c => c.IsDelegate && c.Role == ContactRole.Politician).End(new DateOnly(2020, 1, 1));
        });

        using var client = await AdminAsync();
        var page = await client.GetPageAsync("/Admin/Governance/VotingRegister");

        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Bollnäs");
        Assert.Equal("Ombud saknas", row.QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task VotingRegisterCsv_HasOneLinePerDelegateAfterAHeader()
    {
        using var client = await AdminAsync();
        var (_, votes) = await CountsAsync();

        using var response = await client.GetAsync("/Admin/Governance/VotingRegister?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal("Medlem,Län,Ombud,Roll,E-postadress", lines[0].Trim('\uFEFF', '\r'));
        Assert.Equal(votes, lines.Length - 1);
    }

    private async Task<(int Members, int Votes)> CountsAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        var members = await db.Members.CountAsync(m => m.Status == MembershipStatus.Active);
        var votes = await db.ContactPersons.CountAsync(c => c.IsDelegate && c.EndedOn == null && c.Member!.Status == MembershipStatus.Active);
        return (members, votes);
    }
}
