using System.Security.Cryptography;

namespace Ecomuna.Core.Invoicing;

/// <summary>What became of a BgMax file as a whole.</summary>
public enum PaymentImportStatus
{
    Imported = 1,

    /// <summary>A file with the same bytes was imported before; nothing changed.</summary>
    AlreadyImported = 2,

    /// <summary>The file is for another payee bankgiro number than the association's; nothing changed.</summary>
    OtherBankgiro = 3,

    /// <summary>Bankgirot marked the file as a test file (T); nothing changed.</summary>
    TestFile = 4,
}

/// <summary>What became of one payment of the file.</summary>
public enum PaymentOutcome
{
    /// <summary>Registered on its invoice, with exactly the amount that was outstanding.</summary>
    Matched = 1,

    /// <summary>Registered on its invoice, but partial or an overpayment: to be reviewed.</summary>
    Mismatched = 2,

    /// <summary>No invoice (or a credited one, or a deduction): stored without an invoice, to be reviewed.</summary>
    Unmatched = 3,

    /// <summary>Its serial number was imported before, from this or an overlapping file: left out.</summary>
    Skipped = 4,
}

/// <summary>One payment of the file and what became of it; the invoice when it was registered on one.</summary>
public sealed record ImportedPayment(
    int LineNumber, DateOnly PaidOn, decimal Amount, string Reference, string? PayerName, bool IsDeduction, PaymentOutcome Outcome,
    int? InvoiceId, long? InvoiceNumber);

/// <summary>
/// The result of importing a BgMax file. When <see cref="Status"/> is <see cref="PaymentImportStatus.AlreadyImported"/>,
/// <see cref="ImportedAt"/> and <see cref="ImportedBy"/> tell about the earlier import; for
/// <see cref="PaymentImportStatus.OtherBankgiro"/>, <see cref="FileBankgiro"/> names the file's.
/// </summary>
public sealed record PaymentImportResult(
    PaymentImportStatus Status, IReadOnlyList<ImportedPayment> Payments, int? ImportId = null, DateTimeOffset? ImportedAt = null,
    string? ImportedBy = null, string? FileBankgiro = null)
{
    public int Matched => Count(PaymentOutcome.Matched);
    public int Mismatched => Count(PaymentOutcome.Mismatched);
    public int Unmatched => Count(PaymentOutcome.Unmatched);
    public int Skipped => Count(PaymentOutcome.Skipped);

    /// <summary>The sum of the payments this import stored (deductions count negative); skipped ones are not in it.</summary>
    public decimal Total => Payments.Where(p => p.Outcome != PaymentOutcome.Skipped).Sum(p => p.Amount);

    private int Count(PaymentOutcome outcome) => Payments.Count(p => p.Outcome == outcome);
}

/// <summary>
/// Imports Bankgirot's file of incoming payments in one transaction. A file is imported once (by its SHA-256) and a
/// payment once (by Bankgirot's serial number), so overlapping files never count money twice. A payment whose
/// reference is the OCR number of an invoice that can be paid is registered on it and flagged for review when the
/// amount differs from what was outstanding; any other payment, and every deduction, is stored without an invoice
/// for the secretariat to assign or set aside.
/// </summary>
public sealed class PaymentImport(EcomunaDbContext db, TimeProvider clock, IOptions<AssociationOptions> association)
{
    /// <summary>A BgMax file of a year's payments is a few hundred kilobytes at most.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The SHA-256 of the file's bytes in lowercase hex, the key that tells a file was imported before.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async Task<PaymentImportResult> ImportAsync(BgMaxFile file, string fileHash, string fileName, string importedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileHash);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(importedBy);

        if (file.IsTest)
        {
            return new PaymentImportResult(PaymentImportStatus.TestFile, []);
        }

        var ours = new string([.. association.Value.Bankgiro.Where(char.IsAsciiDigit)]).TrimStart('0');
        if (file.PayeeBankgiro.Length > 0 && file.PayeeBankgiro != ours)
        {
            return new PaymentImportResult(PaymentImportStatus.OtherBankgiro, [], FileBankgiro: file.PayeeBankgiro);
        }

        try
        {
            return await ImportOnceAsync(file, fileHash, fileName, importedBy, ct);
        }
        catch (DbUpdateException)
        {
            // Someone imported the same file, or one with some of the same payments, at the same moment and saved first:
            // the unique indexes stopped this import; a second look sees theirs and skips what they stored.
            db.ChangeTracker.Clear();
            return await ImportOnceAsync(file, fileHash, fileName, importedBy, ct);
        }
    }

    private async Task<PaymentImportResult> ImportOnceAsync(BgMaxFile file, string fileHash, string fileName, string importedBy, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var earlier = await db.BgMaxImports.AsNoTracking().Where(i => i.FileHash == fileHash).FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                return new PaymentImportResult(PaymentImportStatus.AlreadyImported, [], earlier.Id, earlier.ImportedAt, earlier.ImportedBy);
            }

            var serialNumbers = file.Payments.Select(p => p.BgcSerialNumber).Distinct().ToList();
            var seen = (await db.Payments
                .Where(p => p.BankSerialNumber != null && serialNumbers.Contains(p.BankSerialNumber))
                .Select(p => p.BankSerialNumber!)
                .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

            var invoiceNumbers = file.Payments
                .Where(p => !p.IsDeduction)
                .Select(p => OcrReference.InvoiceNumberFrom(p.Reference))
                .OfType<long>()
                .Distinct()
                .ToList();
            var invoices = await db.Invoices.Where(i => invoiceNumbers.Contains(i.Number)).ToDictionaryAsync(i => i.Number, ct);

            var now = clock.GetUtcNow();
            var import = new BgMaxImport
            {
                FileHash = fileHash,
                FileName = Shorten(string.IsNullOrWhiteSpace(fileName) ? "bgmax.txt" : fileName.Trim(), 260),
                ImportedAt = now,
                ImportedBy = importedBy,
            };
            db.BgMaxImports.Add(import);
            await db.SaveChangesAsync(ct);

            var results = new List<ImportedPayment>();
            var stored = new List<Payment>();
            foreach (var line in file.Payments)
            {
                if (!seen.Add(line.BgcSerialNumber))
                {
                    results.Add(Result(line, PaymentOutcome.Skipped, null));
                    continue;
                }

                var payment = new Payment
                {
                    PaidOn = line.PaymentDate,
                    Amount = line.Amount,
                    Source = PaymentSource.BgMax,
                    Reference = Shorten(line.Reference, 35),
                    PayerName = line.PayerName is { } name ? Shorten(name, 200) : null,
                    BankSerialNumber = line.BgcSerialNumber,
                    BgMaxImportId = import.Id,
                    RegisteredAt = now,
                    RegisteredBy = importedBy,
                };
                stored.Add(payment);

                if (!line.IsDeduction && line.Amount > 0
                    && OcrReference.InvoiceNumberFrom(line.Reference) is { } number
                    && invoices.TryGetValue(number, out var invoice)
                    && invoice.AcceptsPayments)
                {
                    var settlesExactly = invoice.ApplyPayment(payment);
                    payment.NeedsReview = !settlesExactly;
                    results.Add(Result(line, settlesExactly ? PaymentOutcome.Matched : PaymentOutcome.Mismatched, invoice));
                }
                else
                {
                    payment.NeedsReview = true;
                    results.Add(Result(line, PaymentOutcome.Unmatched, null));
                }
            }

            db.Payments.AddRange(stored);
            import.PaymentCount = stored.Count;
            import.MatchedCount = stored.Count(p => p.InvoiceId is not null);
            import.Total = stored.Sum(p => p.Amount);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new PaymentImportResult(PaymentImportStatus.Imported, results, import.Id, now, importedBy);
        });
    }

    private static ImportedPayment Result(BgMaxPayment line, PaymentOutcome outcome, Invoice? invoice) =>
        new(line.LineNumber, line.PaymentDate, line.Amount, line.Reference, line.PayerName, line.IsDeduction, outcome, invoice?.Id, invoice?.Number);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}
