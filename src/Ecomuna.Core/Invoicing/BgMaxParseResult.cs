using System.Diagnostics.CodeAnalysis;

namespace Ecomuna.Core.Invoicing;

/// <summary>Either the parsed file or every error found in it.</summary>
public sealed class BgMaxParseResult
{
    private BgMaxParseResult(BgMaxFile? file, IReadOnlyList<BgMaxError> errors)
    {
        File = file;
        Errors = errors;
    }

    public BgMaxFile? File { get; }

    public IReadOnlyList<BgMaxError> Errors { get; }

    [MemberNotNullWhen(true, nameof(File))]
    public bool Succeeded => File is not null;

    internal static BgMaxParseResult Success(BgMaxFile file) => new(file, []);

    internal static BgMaxParseResult Failure(IReadOnlyList<BgMaxError> errors) => new(null, errors);
}

/// <summary>
/// A problem on one line (1-based). The kind is a code for the web layer to word in Swedish or English; the detail is
/// the offending value, or for a mismatch "stated/counted" (amounts in kronor with a dot, counts as numbers).
/// </summary>
public sealed record BgMaxError(int LineNumber, BgMaxErrorKind Kind, string? Detail = null);

public enum BgMaxErrorKind
{
    EmptyFile = 1,

    /// <summary>The first record is not a start record (01); nothing further is read.</summary>
    MissingStartRecord = 2,

    /// <summary>The start record names another layout than BGMAX; nothing further is read.</summary>
    UnknownLayout = 3,

    UnsupportedVersion = 4,
    InvalidTimestamp = 5,
    InvalidTestMarker = 6,

    /// <summary>Longer than 80 characters (its first 80 are still read). Shorter lines are padded, as editors trim trailing spaces.</summary>
    LineTooLong = 7,

    UnknownRecordType = 8,

    /// <summary>A record where the layout does not allow it, such as a payment before an opening record or anything after the end record.</summary>
    RecordOutOfPlace = 9,

    InvalidBankgiro = 10,
    UnsupportedCurrency = 11,

    /// <summary>An opening record (05) names another payee bankgiro number than the first one in the file.</summary>
    SeveralPayeeBankgiros = 12,

    InvalidAmount = 13,
    InvalidReferenceCode = 14,
    InvalidPaymentChannel = 15,
    InvalidSerialNumber = 16,
    InvalidDate = 17,
    InvalidCount = 18,

    /// <summary>A payment or deduction not followed by a deposit record (15) before the next opening or the end.</summary>
    PaymentWithoutDeposit = 19,

    DepositAmountMismatch = 20,
    DepositCountMismatch = 21,
    EndPaymentCountMismatch = 22,
    EndDeductionCountMismatch = 23,
    EndExtraReferenceCountMismatch = 24,
    EndDepositCountMismatch = 25,
    MissingEndRecord = 26,
}
