using System.Globalization;
using System.Text;
using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Governance;

/// <summary>
/// The voting register (röstlängd) of the annual meeting: every active member and its delegates, who alone may vote.
/// </summary>
public sealed class VotingRegisterModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public int Votes => Rows.Sum(r => r.Delegates.Count);

    public sealed record DelegateView(string Name, ContactRole Role, string Email);

    public sealed record Row(string Member, string? County, IReadOnlyList<DelegateView> Delegates)
    {
        public bool Lacks(ContactRole role) => Delegates.All(d => d.Role != role);
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', text["VotingRegister.Member"], text["Organisation.County"], text["VotingRegister.Delegate"],
            text["VotingRegister.Role"], text["Field.Email"]));
        foreach (var row in Rows)
        {
            foreach (var delegatePerson in row.Delegates)
            {
                csv.AppendLine(string.Join(',', Csv.Field(row.Member), Csv.Field(row.County), Csv.Field(delegatePerson.Name),
                    Csv.Field(text[$"ContactRole.{delegatePerson.Role}"]), Csv.Field(delegatePerson.Email)));
            }
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"rostlangd-{Today:yyyy-MM-dd}.csv");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);
    }

    private async Task LoadAsync()
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var today = Today;
        Rows = await db.Members
            .Where(m => m.Status == MembershipStatus.Active)
            .OrderBy(m => m.Name)
            .Select(m => new Row(
                m.Name,
                m.County,
                m.Contacts
                    .Where(c => c.IsDelegate && (c.EndedOn == null || c.EndedOn > today))
                    .OrderBy(c => c.Role)
                    .Select(c => new DelegateView(c.FirstName + " " + c.LastName, c.Role, c.Email))
                    .ToList()))
            .ToListAsync();
    }
}
