using CsvHelper;
using Ecomuna.Core.Invoicing;
using Microsoft.AspNetCore.OutputCaching;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>
/// The secretariat's invoices and credit notes: filter by year, status and member, sort, page through, export what
/// matches, and see what was invoiced, paid and is still outstanding, in total and per year.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SignedInPolicy, Tags = [PublicPageCache.Invoicing, PublicPageCache.Members])]
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<InvoicingResource> text, DataCache cache) : ListPageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> SortKeys = ["number", "member", "issued", "due", "total", "status"];

    /// <summary>The issue date's year; all years when empty.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public InvoiceStatus? Status { get; set; }

    public Page<InvoiceRow> Rows { get; private set; } = Paging.Empty<InvoiceRow>();

    /// <summary>The years that have invoices, newest first, for the year filter.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Invoiced, paid and outstanding for exactly the filter.</summary>
    public Amounts Totals { get; private set; } = new(0, 0, 0);

    /// <summary>Invoiced, paid and outstanding per issue year for the filter without its year, oldest first.</summary>
    public IReadOnlyList<YearTotals> PerYear { get; private set; } = [];

    public string SortKey => Sort is { } key && SortKeys.Contains(key) ? key : "number";

    /// <summary>Without a chosen sort the newest invoices come first.</summary>
    public bool Descending => Sort is { } key && SortKeys.Contains(key) ? Desc : true;

    /// <summary>A row of the list; a credit note's total is negative, as it reduces what was invoiced.</summary>
    public sealed record InvoiceRow(
        int Id, long Number, InvoiceKind Kind, string Member, DateOnly IssueDate, DateOnly DueDate, string OcrReference,
        decimal Total, decimal Paid, decimal Outstanding, InvoiceStatus Status);

    /// <summary>Invoiced is the invoices' totals less the credit notes'; outstanding is what uncredited invoices still lack.</summary>
    public sealed record Amounts(decimal Invoiced, decimal Paid, decimal Outstanding);

    /// <summary>The <see cref="Amounts"/> of the invoices issued in one year.</summary>
    public sealed record YearTotals(int Year, decimal Invoiced, decimal Paid, decimal Outstanding);

    private DateOnly Today => swedishTime.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2200 ? Year : null;
        var matching = Filtered(withYear: true);
        // Counting reads every matching invoice; the count is kept like the totals below, until invoices or payments change.
        var count = await cache.GetOrCreateAsync(PublicPageCache.Invoicing, $"invoice-count|{Year}|{Status}|{Search?.Trim()}|{Today:O}", () =>
            matching.CountAsync(ct));
        PageNo = Paging.Clamp(PageNo, count, PageSize);
        Rows = new(await RowsAsync(Sorted(matching).Skip((PageNo - 1) * PageSize).Take(PageSize), ct), PageNo, PageSize, count);
        // Both read every invoice, so they are kept until invoices or payments change.
        Years = await cache.GetOrCreateAsync(PublicPageCache.Invoicing, "invoice-years", async () =>
            (IReadOnlyList<int>)await db.Invoices.Select(i => i.IssueDate.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct));
        PerYear = await cache.GetOrCreateAsync(PublicPageCache.Invoicing, $"invoice-totals|{Status}|{Search?.Trim()}|{Today:O}", () =>
            TotalsPerYearAsync(Filtered(withYear: false), ct));
        var counted = PerYear.Where(y => Year is null || y.Year == Year).ToList();
        Totals = new Amounts(counted.Sum(y => y.Invoiced), counted.Sum(y => y.Paid), counted.Sum(y => y.Outstanding));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2200 ? Year : null;
        var rows = await RowsAsync(Sorted(Filtered(withYear: true)), ct);
        return CsvExport.File(
            $"invoices-{clock.GetUtcNow():yyyy-MM-dd}.csv",
            [
                text["List.Number"].Value, text["List.Kind"].Value, text["List.Member"].Value, text["Invoice.IssueDate"].Value,
                text["Invoice.DueDate"].Value, text["Invoice.Ocr"].Value, text["List.Total"].Value, text["List.Paid"].Value,
                text["List.Outstanding"].Value, text["List.Status"].Value,
            ],
            rows,
            (csv, row) =>
            {
                // Numbers and dates are written as values, not text: a credit note's negative total stays a number
                // instead of being escaped as a possible formula.
                csv.WriteField(row.Number, "", CultureInfo.InvariantCulture);
                csv.WriteField(text[$"List.Kind.{row.Kind}"].Value);
                csv.WriteField(row.Member);
                csv.WriteField(row.IssueDate, "yyyy-MM-dd");
                if (row.Kind == InvoiceKind.Invoice)
                {
                    csv.WriteField(row.DueDate, "yyyy-MM-dd");
                    csv.WriteField(row.OcrReference);
                }
                else
                {
                    csv.WriteField((string?)null);
                    csv.WriteField((string?)null);
                }

                csv.WriteField(row.Total, "0.00", CultureInfo.InvariantCulture);
                csv.WriteField(row.Paid, "0.00", CultureInfo.InvariantCulture);
                csv.WriteField(row.Outstanding, "0.00", CultureInfo.InvariantCulture);
                csv.WriteField(text[$"InvoiceStatus.{row.Status}"].Value);
            });
    }

    /// <summary>The current filter and sort as query-string values, with the given changes, for links that keep them.</summary>
    public ListRoute RouteValues(string? sort = null, bool? desc = null, int pageNo = 1) => new ListRoute()
        .With("year", Year).With("status", Status).With("q", Search).With("sort", sort ?? Sort).With("desc", desc ?? Desc).WithPage("pageNo", pageNo);

    private IQueryable<Invoice> Filtered(bool withYear)
    {
        var invoices = db.Invoices.AsNoTracking();
        if (withYear && Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var next = first.AddYears(1);
            invoices = invoices.Where(i => i.IssueDate >= first && i.IssueDate < next);
        }

        if (Status is { } status && Enum.IsDefined(status))
        {
            invoices = invoices.WhereStatus(status, Today);
        }

        invoices = invoices.WhereContains(Search, i => i.BuyerName);

        return invoices;
    }

    private IQueryable<Invoice> Sorted(IQueryable<Invoice> invoices)
    {
        var status = InvoiceQueries.StatusOn(Today);

        // Amounts are ordered as doubles: SQLite stores decimals as text and cannot order by them. Totals are whole
        // kronor, far inside a double's exact range.
        return (SortKey, Descending) switch
        {
            ("member", false) => invoices.OrderBy(i => i.BuyerName).ThenByDescending(i => i.Number),
            ("member", true) => invoices.OrderByDescending(i => i.BuyerName).ThenByDescending(i => i.Number),
            ("issued", false) => invoices.OrderBy(i => i.IssueDate).ThenBy(i => i.Number),
            ("issued", true) => invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number),
            ("due", false) => invoices.OrderBy(i => i.DueDate).ThenBy(i => i.Number),
            ("due", true) => invoices.OrderByDescending(i => i.DueDate).ThenByDescending(i => i.Number),
            ("total", false) => invoices.OrderBy(i => i.Kind == InvoiceKind.CreditNote ? -(double)i.Total : (double)i.Total).ThenBy(i => i.Number),
            ("total", true) => invoices.OrderByDescending(i => i.Kind == InvoiceKind.CreditNote ? -(double)i.Total : (double)i.Total).ThenBy(i => i.Number),
            ("status", false) => invoices.OrderBy(status).ThenBy(i => i.Number),
            ("status", true) => invoices.OrderByDescending(status).ThenBy(i => i.Number),
            (_, false) => invoices.OrderBy(i => i.Number),
            _ => invoices.OrderByDescending(i => i.Number),
        };
    }

    /// <summary>Reads whole invoices, so that status and outstanding come from the invoice's own rules.</summary>
    private async Task<IReadOnlyList<InvoiceRow>> RowsAsync(IQueryable<Invoice> invoices, CancellationToken ct)
    {
        var today = Today;
        var loaded = await invoices.ToListAsync(ct);
        return [.. loaded.Select(i => new InvoiceRow(
            i.Id, i.Number, i.Kind, i.BuyerName, i.IssueDate, i.DueDate, i.OcrReference,
            i.Kind == InvoiceKind.CreditNote ? -i.Total : i.Total, i.PaidAmount, i.Outstanding, i.StatusOn(today)))];
    }

    /// <summary>
    /// Sums per year, kind and credit in the database (plain column sums, which SQLite's decimal functions can do),
    /// then combines them here the way <see cref="Invoice.Outstanding"/> counts: credit notes and credited invoices owe nothing,
    /// and a partly credited invoice owes less by its credit notes.
    /// </summary>
    private static async Task<IReadOnlyList<YearTotals>> TotalsPerYearAsync(IQueryable<Invoice> invoices, CancellationToken ct)
    {
        var sums = await invoices
            .GroupBy(i => new { i.IssueDate.Year, i.Kind, i.IsCredited })
            .Select(g => new { g.Key.Year, g.Key.Kind, g.Key.IsCredited, Total = g.Sum(i => i.Total), Paid = g.Sum(i => i.PaidAmount), Credited = g.Sum(i => i.CreditedAmount) })
            .ToListAsync(ct);
        return [.. sums
            .GroupBy(s => s.Year)
            .OrderBy(year => year.Key)
            .Select(year => new YearTotals(
                year.Key,
                year.Sum(s => s.Kind == InvoiceKind.CreditNote ? -s.Total : s.Total),
                year.Sum(s => s.Paid),
                year.Where(s => s.Kind == InvoiceKind.Invoice && !s.IsCredited).Sum(s => s.Total - s.Credited - s.Paid)))];
    }
}
