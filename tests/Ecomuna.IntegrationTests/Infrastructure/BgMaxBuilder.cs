using System.Globalization;
using System.Text;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Writes a BgMax file of incoming payments as Bankgirot does: 80-character records in ISO-8859-1, a start record (01),
/// per deposit an opening record (05), its payments (20) and deductions (21) each optionally with the payer's name (26),
/// and the deposit record (15), then the end record (70). Totals and counts are worked out unless a test overrides
/// them to make a broken file.
/// </summary>
public sealed class BgMaxBuilder(string payeeBankgiro = "1234567")
{
    private readonly List<DepositRecord> _deposits = [];

    public DateTime CreatedAt { get; init; } = new(2026, 3, 15, 17, 45, 0);

    public bool IsTest { get; init; }

    /// <summary>A serial number no other test has used, for payments that must be new to the database.</summary>
    public static string NewSerialNumber() => Random.Shared.NextInt64(1, 999_999_999_999).ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>Starts a deposit on <paramref name="date"/>; the payments added next belong to it.</summary>
    public BgMaxBuilder Deposit(DateOnly date, decimal? statedTotal = null)
    {
        _deposits.Add(new DepositRecord(date, statedTotal));
        return this;
    }

    /// <summary>Adds a payment (20) to the latest deposit; <paramref name="rawAmount"/> replaces the 18-digit amount field as written.</summary>
    public BgMaxBuilder Payment(string reference, decimal amount, string? serialNumber = null, string? payerName = null, string? rawAmount = null)
    {
        Current.Entries.Add(new Entry("20", reference, amount, serialNumber ?? NewSerialNumber(), payerName, rawAmount));
        return this;
    }

    /// <summary>Adds a deduction (21) of <paramref name="amount"/> kronor (given as a positive number, as the file writes it).</summary>
    public BgMaxBuilder Deduction(string reference, decimal amount, string? serialNumber = null, string? payerName = null)
    {
        Current.Entries.Add(new Entry("21", reference, amount, serialNumber ?? NewSerialNumber(), payerName, null));
        return this;
    }

    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            Record("01", "BGMAX".PadRight(20), "01", CreatedAt.ToString("yyyyMMddHHmmssffffff", CultureInfo.InvariantCulture), IsTest ? "T" : "P"),
        };
        var number = 0;
        foreach (var deposit in _deposits)
        {
            number++;
            lines.Add(Record("05", payeeBankgiro.PadLeft(10, '0'), new string(' ', 10), "SEK"));
            foreach (var entry in deposit.Entries)
            {
                lines.Add(Record(
                    entry.Type,
                    new string('0', 10),
                    entry.Reference.PadLeft(25),
                    entry.RawAmount ?? Ore(entry.Amount),
                    entry.Reference.All(char.IsAsciiDigit) && entry.Reference.Length > 0 ? "2" : "4",
                    "1",
                    entry.SerialNumber,
                    "0",
                    entry.Type == "21" ? "1" : ""));
                if (entry.PayerName is { } name)
                {
                    lines.Add(Record("26", name));
                }
            }

            var total = deposit.StatedTotal ?? deposit.Entries.Sum(e => e.Type == "21" ? -e.Amount : e.Amount);
            lines.Add(Record(
                "15",
                new string('0', 35),
                deposit.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                number.ToString("D5", CultureInfo.InvariantCulture),
                Ore(total),
                "SEK",
                deposit.Entries.Count.ToString("D8", CultureInfo.InvariantCulture),
                "K"));
        }

        var entries = _deposits.SelectMany(d => d.Entries).ToList();
        lines.Add(Record(
            "70",
            entries.Count(e => e.Type == "20").ToString("D8", CultureInfo.InvariantCulture),
            entries.Count(e => e.Type == "21").ToString("D8", CultureInfo.InvariantCulture),
            "00000000",
            _deposits.Count.ToString("D8", CultureInfo.InvariantCulture)));
        return lines;
    }

    /// <summary>The file's bytes, lines ended by CR LF as Bankgirot delivers them.</summary>
    public byte[] Bytes() => Encoding.Latin1.GetBytes(string.Concat(Lines().Select(line => line + "\r\n")));

    private DepositRecord Current => _deposits.Count > 0 ? _deposits[^1] : throw new InvalidOperationException("Start a deposit before adding payments.");

    private static string Ore(decimal kronor) => decimal.ToInt64(Math.Abs(kronor) * 100).ToString("D18", CultureInfo.InvariantCulture);

    private static string Record(params string[] fields)
    {
        var record = string.Concat(fields);
        return record.Length <= 80 ? record.PadRight(80) : throw new InvalidOperationException($"A record of {record.Length} characters: {record}");
    }

    private sealed record DepositRecord(DateOnly Date, decimal? StatedTotal)
    {
        public List<Entry> Entries { get; } = [];
    }

    private sealed record Entry(string Type, string Reference, decimal Amount, string SerialNumber, string? PayerName, string? RawAmount);
}
