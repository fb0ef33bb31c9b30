namespace Ecomuna.Core.Invoicing;

/// <summary>
/// One incoming payment (transaction code 20) or deduction (21) from a BgMax file, with what the records after it
/// (22–29) said about it. A deduction is a payment with a negative amount, as it lowers the deposit.
/// </summary>
public sealed class BgMaxPayment
{
    /// <summary>The payer's bankgiro number without leading zeros; empty when the payer has none.</summary>
    public required string SenderBankgiro { get; init; }

    /// <summary>The reference without padding; an all-digit reference also without leading zeros.</summary>
    public required string Reference { get; init; }

    public required BgMaxReferenceCode ReferenceCode { get; init; }

    /// <summary>In kronor; negative for a deduction.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The date of the deposit (transaction code 15) the payment belongs to.</summary>
    public required DateOnly PaymentDate { get; init; }

    /// <summary>Bankgirot's serial number, unique per payment: the key that makes a second import of the same file harmless.</summary>
    public required string BgcSerialNumber { get; init; }

    public required BgMaxPaymentChannel Channel { get; init; }

    public bool IsDeduction { get; init; }

    /// <summary>Bankgirot's deduction code (position 71 of a 21 record), when given.</summary>
    public int? DeductionCode { get; init; }

    public IReadOnlyList<BgMaxExtraReference> ExtraReferences { get; init; } = [];

    /// <summary>Free text the payer wrote (transaction code 25), one entry per record.</summary>
    public IReadOnlyList<string> InformationTexts { get; init; } = [];

    public string? PayerName { get; init; }

    public string? PayerAddress { get; init; }

    public string? PayerPostcode { get; init; }

    public string? PayerCity { get; init; }

    /// <summary>Ten digits for an organisation (the file pads them with two zeros), twelve for a person.</summary>
    public string? PayerOrganisationNumber { get; init; }

    /// <summary>The 1-based line of the 20 or 21 record.</summary>
    public required int LineNumber { get; init; }
}

/// <summary>A further reference the payer gave for the same payment (transaction code 22, or 23 for a negative one such as a credit note).</summary>
public sealed record BgMaxExtraReference(string Reference, BgMaxReferenceCode ReferenceCode, decimal Amount, bool IsNegative, int LineNumber);

/// <summary>What Bankgirot says about the reference of a payment (referenskod).</summary>
public enum BgMaxReferenceCode
{
    Blank = 0,
    Missing = 1,

    /// <summary>A reference that passed Bankgirot's OCR check.</summary>
    CorrectOcr = 2,

    /// <summary>One or more references; further ones follow in 22 and 23 records.</summary>
    OneOrMore = 3,

    Correct = 4,
    Incorrect = 5,
}

/// <summary>How the payer paid (betalningskanalkod). Bankgirot may add codes; they are kept as their number.</summary>
public enum BgMaxPaymentChannel
{
    Bank = 1,
    SupplierPayments = 2,
    PaymentSlip = 3,
    DirectDebit = 4,
}
