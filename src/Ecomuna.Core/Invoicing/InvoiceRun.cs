using Ecomuna.Core.Calendar;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.Invoicing;

/// <summary>Why an active member cannot be given its yearly fee invoice.</summary>
public enum InvoiceRunProblem
{
    NoPopulation = 1,
    NoInvoiceAddress = 2,
}

/// <summary>
/// The yearly membership-fee run: every active member is invoiced once per year from that year's fee schedule.
/// A municipality's fee uses its population of the year before (31 December, the latest official figure when fees
/// are invoiced). Issuing is one transaction: all invoices of the run, or none.
/// </summary>
public sealed class InvoiceRun(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IOptions<InvoicingOptions> options)
{
    public sealed record Candidate(int MemberId, string Name, MemberKind Kind, int? Population, decimal Amount);

    public sealed record Excluded(int MemberId, string Name, InvoiceRunProblem Problem);

    public sealed record Preview(int Year, FeeScheduleView? Schedule, IReadOnlyList<Candidate> ToInvoice, IReadOnlyList<Excluded> CannotInvoice, int AlreadyInvoiced)
    {
        public decimal Total => ToInvoice.Sum(c => c.Amount);
    }

    public sealed record FeeScheduleView(int Id, int Year, decimal VatRate);

    private sealed record MemberFacts(int Id, string Name, MemberKind Kind, int? Population, string? InvoiceAddress, string? StreetAddress, string? PostalCode, string? City, string? InvoiceReference, string? OrganisationNumber);

    public async Task<Preview> PreviewAsync(int year, CancellationToken ct = default)
    {
        var schedule = await db.FeeSchedules.Where(s => s.Year == year).SingleOrDefaultAsync(ct);
        var (facts, alreadyInvoiced) = await MembersToInvoiceAsync(year, ct);
        if (schedule is null)
        {
            return new Preview(year, null, [], [], alreadyInvoiced);
        }

        var toInvoice = new List<Candidate>();
        var excluded = new List<Excluded>();
        foreach (var member in facts)
        {
            var amount = schedule.FeeFor(member.Kind, member.Population);
            if (amount is null)
            {
                excluded.Add(new Excluded(member.Id, member.Name, InvoiceRunProblem.NoPopulation));
            }
            else if (AddressOf(member) is null)
            {
                excluded.Add(new Excluded(member.Id, member.Name, InvoiceRunProblem.NoInvoiceAddress));
            }
            else
            {
                toInvoice.Add(new Candidate(member.Id, member.Name, member.Kind, member.Kind == MemberKind.Municipality ? member.Population : null, amount.Value));
            }
        }

        return new Preview(year, new FeeScheduleView(schedule.Id, schedule.Year, schedule.VatRate), toInvoice, excluded, alreadyInvoiced);
    }

    /// <summary>
    /// Issues the invoices the preview lists, numbered in name order, and returns how many were issued. Members
    /// invoiced meanwhile by another run are skipped: the number series' lock makes concurrent runs take turns.
    /// </summary>
    public async Task<int> IssueAsync(int year, string issuedBy, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await InvoiceNumberSeries.TakeAsync(db, options.Value.FirstNumber, 0, ct);
            var preview = await PreviewAsync(year, ct);
            var schedule = preview.Schedule;
            if (schedule is null || preview.ToInvoice.Count == 0)
            {
                return 0;
            }

            var facts = (await MembersToInvoiceAsync(year, ct)).Members.ToDictionary(m => m.Id);
            var first = await InvoiceNumberSeries.TakeAsync(db, options.Value.FirstNumber, preview.ToInvoice.Count, ct);
            var today = swedishTime.Today;
            var now = clock.GetUtcNow();
            var done = 0;
            foreach (var candidate in preview.ToInvoice)
            {
                var member = facts[candidate.MemberId];
                var number = first + done;
                var invoice = new Invoice
                {
                    Number = number,
                    MemberId = member.Id,
                    FeeYear = year,
                    FeeScheduleId = schedule.Id,
                    PopulationUsed = candidate.Population,
                    IssueDate = today,
                    DueDate = today.AddDays(options.Value.PaymentTermDays),
                    OcrReference = OcrReference.Create(number),
                    BuyerName = member.Name,
                    BuyerAddress = AddressOf(member)!,
                    BuyerReference = member.InvoiceReference,
                    BuyerOrganisationNumber = member.OrganisationNumber,
                    IssuedAt = now,
                    IssuedBy = issuedBy,
                };
                invoice.SetLines([new InvoiceLine
                {
                    Description = Describe(year, candidate.Population),
                    Quantity = 1,
                    UnitPrice = candidate.Amount,
                    Amount = candidate.Amount,
                    VatRate = schedule.VatRate,
                }]);
                db.Invoices.Add(invoice);
                done++;
                progress?.Report((done, preview.ToInvoice.Count));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return done;
        });
    }

    private async Task<(List<MemberFacts> Members, int AlreadyInvoiced)> MembersToInvoiceAsync(int year, CancellationToken ct)
    {
        var populationYear = year - 1;
        var active = db.Members.Where(m => m.Status == MembershipStatus.Active);
        var alreadyInvoiced = await active.CountAsync(m => db.Invoices.Any(i => i.MemberId == m.Id && i.FeeYear == year), ct);
        var members = await active
            .Where(m => !db.Invoices.Any(i => i.MemberId == m.Id && i.FeeYear == year))
            .OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new MemberFacts(
                m.Id, m.Name, m.Kind,
                m.Populations.Where(p => p.Year == populationYear).Select(p => (int?)p.Population).FirstOrDefault(),
                m.InvoiceAddress, m.StreetAddress, m.PostalCode, m.City, m.InvoiceReference, m.OrganisationNumber))
            .ToListAsync(ct);
        return (members, alreadyInvoiced);
    }

    /// <summary>The line text, in Swedish like the rest of the invoice's legal content.</summary>
    public static string Describe(int year, int? population) => population is { } inhabitants
        ? string.Create(Sv, $"Medlemsavgift {year} ({inhabitants:N0} invånare)")
        : string.Create(Sv, $"Medlemsavgift {year}");

    private static readonly System.Globalization.CultureInfo Sv = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");

    private static string? AddressOf(MemberFacts member) =>
        Invoice.AddressOf(member.InvoiceAddress, member.StreetAddress, member.PostalCode, member.City);
}
