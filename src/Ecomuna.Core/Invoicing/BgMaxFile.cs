using System.Text;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Bankgirot's file of incoming payments to the association's bankgiro number (Bankgiro Inbetalningar, BgMax layout):
/// fixed-width records of 80 characters in ISO-8859-1.
/// </summary>
public sealed class BgMaxFile
{
    /// <summary>The association's bankgiro number without leading zeros; empty when the file has no deposits.</summary>
    public required string PayeeBankgiro { get; init; }

    /// <summary>Bankgirot's timestamp on the file, in Swedish time.</summary>
    public required DateTime CreatedAt { get; init; }

    public required bool IsTest { get; init; }

    /// <summary>Payments and deductions in file order.</summary>
    public required IReadOnlyList<BgMaxPayment> Payments { get; init; }

    /// <summary>Reads the bytes as ISO-8859-1, the encoding Bankgirot delivers the file in.</summary>
    public static BgMaxParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return Parse(reader.ReadToEnd());
    }

    public static BgMaxParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new BgMaxParser().Parse(text);
    }
}
