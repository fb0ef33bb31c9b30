namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Reads a BgMax file record by record. Positions in the field reads are 1-based and inclusive, as in Bankgirot's
/// technical manual. A file is a start record (01), sections of an opening record (05), payments (20, 21) each with
/// their own 22–29 records and a deposit record (15) that closes the section, and an end record (70).
/// </summary>
internal sealed class BgMaxParser
{
    private const int RecordLength = 80;

    private readonly List<BgMaxError> _errors = [];
    private readonly List<BgMaxPayment> _payments = [];
    private readonly List<PaymentBuilder> _section = [];
    private bool _sectionOpen;
    private bool _sectionHasUnreadableAmount;
    private PaymentBuilder? _current;
    private string? _payeeBankgiro;
    private DateTime _createdAt;
    private bool _isTest;
    private bool _ended;
    private int _paymentRecords;
    private int _deductionRecords;
    private int _extraReferenceRecords;
    private int _depositRecords;

    public BgMaxParseResult Parse(string text)
    {
        using var reader = new StringReader(text);
        var lineNumber = 0;
        var lastRecordLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var isFirst = lastRecordLine == 0;
            lastRecordLine = lineNumber;
            if (isFirst && !line.StartsWith("01", StringComparison.Ordinal))
            {
                return Fail(lineNumber, BgMaxErrorKind.MissingStartRecord, line.Length >= 2 ? line[..2] : line);
            }

            if (line.Length > RecordLength)
            {
                // Still read, so that the rest of the file is checked as well.
                AddError(lineNumber, BgMaxErrorKind.LineTooLong, line.Length.ToString(CultureInfo.InvariantCulture));
            }

            var record = line.Length > RecordLength ? line[..RecordLength] : line.PadRight(RecordLength);
            if (isFirst)
            {
                if (!ReadStart(record, lineNumber))
                {
                    return BgMaxParseResult.Failure(_errors);
                }

                continue;
            }

            ReadRecord(record, lineNumber);
        }

        if (lastRecordLine == 0)
        {
            return Fail(1, BgMaxErrorKind.EmptyFile, null);
        }

        if (!_ended)
        {
            CloseUnfinishedSection();
            AddError(lastRecordLine, BgMaxErrorKind.MissingEndRecord);
        }

        if (_errors.Count > 0)
        {
            return BgMaxParseResult.Failure([.. _errors.OrderBy(e => e.LineNumber)]);
        }

        return BgMaxParseResult.Success(new BgMaxFile
        {
            PayeeBankgiro = _payeeBankgiro ?? string.Empty,
            CreatedAt = _createdAt,
            IsTest = _isTest,
            Payments = _payments,
        });
    }

    private void ReadRecord(string record, int lineNumber)
    {
        var type = record[..2];
        if (_ended)
        {
            AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, type);
            return;
        }

        switch (type)
        {
            case "05":
                ReadOpening(record, lineNumber);
                break;
            case "20":
                _paymentRecords++;
                ReadPayment(record, lineNumber, isDeduction: false);
                break;
            case "21":
                _deductionRecords++;
                ReadPayment(record, lineNumber, isDeduction: true);
                break;
            case "22" or "23":
                _extraReferenceRecords++;
                ReadExtraReference(record, lineNumber, isNegative: type == "23");
                break;
            case "25" or "26" or "27" or "28" or "29":
                ReadPayerDetail(record, lineNumber, type);
                break;
            case "15":
                _depositRecords++;
                ReadDeposit(record, lineNumber);
                break;
            case "70":
                ReadEnd(record, lineNumber);
                break;
            case "01":
                AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, type);
                break;
            default:
                AddError(lineNumber, BgMaxErrorKind.UnknownRecordType, type.TrimEnd());
                break;
        }
    }

    private bool ReadStart(string record, int lineNumber)
    {
        var layout = Field(record, 3, 22).TrimEnd();
        if (layout != "BGMAX")
        {
            AddError(lineNumber, BgMaxErrorKind.UnknownLayout, layout);
            return false;
        }

        var version = Field(record, 23, 24);
        if (version != "01")
        {
            AddError(lineNumber, BgMaxErrorKind.UnsupportedVersion, version.Trim());
        }

        var timestamp = Field(record, 25, 44);
        if (DateTime.TryParseExact(timestamp, "yyyyMMddHHmmssffffff", CultureInfo.InvariantCulture, DateTimeStyles.None, out var createdAt))
        {
            _createdAt = createdAt;
        }
        else
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidTimestamp, timestamp.Trim());
        }

        var marker = Field(record, 45, 45);
        _isTest = marker == "T";
        if (marker is not ("T" or "P"))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidTestMarker, marker.Trim());
        }

        return true;
    }

    private void ReadOpening(string record, int lineNumber)
    {
        CloseUnfinishedSection();
        _sectionOpen = true;

        if (ReadBankgiro(record, lineNumber) is { } bankgiro)
        {
            if (_payeeBankgiro is null)
            {
                _payeeBankgiro = bankgiro;
            }
            else if (_payeeBankgiro != bankgiro)
            {
                AddError(lineNumber, BgMaxErrorKind.SeveralPayeeBankgiros, bankgiro);
            }
        }

        CheckCurrency(Field(record, 23, 25), lineNumber);
    }

    private void ReadPayment(string record, int lineNumber, bool isDeduction)
    {
        _current = null;
        if (!_sectionOpen)
        {
            AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, record[..2]);
            return;
        }

        var amount = ReadAmount(Field(record, 38, 55), lineNumber);
        if (amount is null)
        {
            _sectionHasUnreadableAmount = true;
        }

        var serialNumber = Field(record, 58, 69);
        if (!IsDigits(serialNumber))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidSerialNumber, serialNumber.Trim());
        }

        var channelField = Field(record, 57, 57);
        var channel = channelField[0];
        if (!char.IsAsciiDigit(channel))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidPaymentChannel, channelField.Trim());
        }

        var deductionCode = Field(record, 71, 71)[0];
        _current = new PaymentBuilder
        {
            LineNumber = lineNumber,
            IsDeduction = isDeduction,
            SenderBankgiro = ReadBankgiro(record, lineNumber) ?? string.Empty,
            Reference = Reference(Field(record, 13, 37)),
            ReferenceCode = ReadReferenceCode(record, lineNumber),
            Amount = isDeduction ? -(amount ?? 0) : amount ?? 0,
            BgcSerialNumber = serialNumber,
            Channel = char.IsAsciiDigit(channel) ? (BgMaxPaymentChannel)(channel - '0') : default,
            DeductionCode = isDeduction && char.IsAsciiDigit(deductionCode) ? deductionCode - '0' : null,
        };
        _section.Add(_current);
    }

    private void ReadExtraReference(string record, int lineNumber, bool isNegative)
    {
        if (_current is null)
        {
            AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, record[..2]);
            return;
        }

        var amount = ReadAmount(Field(record, 38, 55), lineNumber) ?? 0;
        _current.ExtraReferences.Add(new BgMaxExtraReference(
            Reference(Field(record, 13, 37)),
            ReadReferenceCode(record, lineNumber),
            isNegative ? -amount : amount,
            isNegative,
            lineNumber));
    }

    private void ReadPayerDetail(string record, int lineNumber, string type)
    {
        if (_current is null)
        {
            AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, type);
            return;
        }

        switch (type)
        {
            case "25":
                if (Text(Field(record, 3, 52)) is { } information)
                {
                    _current.InformationTexts.Add(information);
                }

                break;
            case "26":
                var names = new[] { Text(Field(record, 3, 37)), Text(Field(record, 38, 72)) }.OfType<string>();
                _current.PayerName = names.Any() ? string.Join(' ', names) : null;
                break;
            case "27":
                _current.PayerAddress = Text(Field(record, 3, 37));
                _current.PayerPostcode = Text(Field(record, 38, 46));
                break;
            case "28":
                _current.PayerCity = Text(Field(record, 3, 37));
                break;
            default:
                // Right-aligned and zero-filled to twelve: an organisation's ten digits arrive as 00NNNNNNNNNN.
                var number = Text(Field(record, 3, 14));
                _current.PayerOrganisationNumber = number is { Length: 12 } && number.StartsWith("00", StringComparison.Ordinal) ? number[2..] : number;
                break;
        }
    }

    private void ReadDeposit(string record, int lineNumber)
    {
        if (!_sectionOpen)
        {
            AddError(lineNumber, BgMaxErrorKind.RecordOutOfPlace, record[..2]);
            return;
        }

        var dateField = Field(record, 38, 45);
        var hasDate = DateOnly.TryParseExact(dateField, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paymentDate);
        if (!hasDate)
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidDate, dateField.Trim());
        }

        var amount = ReadAmount(Field(record, 51, 68), lineNumber);
        CheckCurrency(Field(record, 69, 71), lineNumber);
        var count = ReadCount(Field(record, 72, 79), lineNumber);

        var sum = _section.Sum(p => p.Amount);
        if (amount is { } stated && !_sectionHasUnreadableAmount && stated != sum)
        {
            AddError(lineNumber, BgMaxErrorKind.DepositAmountMismatch, Mismatch(stated, sum));
        }

        if (count is { } statedCount && statedCount != _section.Count)
        {
            AddError(lineNumber, BgMaxErrorKind.DepositCountMismatch, Mismatch(statedCount, _section.Count));
        }

        if (hasDate)
        {
            _payments.AddRange(_section.Select(p => p.Build(paymentDate)));
        }

        ResetSection();
    }

    private void ReadEnd(string record, int lineNumber)
    {
        CloseUnfinishedSection();
        _ended = true;
        CheckEndCount(Field(record, 3, 10), _paymentRecords, BgMaxErrorKind.EndPaymentCountMismatch, lineNumber);
        CheckEndCount(Field(record, 11, 18), _deductionRecords, BgMaxErrorKind.EndDeductionCountMismatch, lineNumber);
        CheckEndCount(Field(record, 19, 26), _extraReferenceRecords, BgMaxErrorKind.EndExtraReferenceCountMismatch, lineNumber);
        CheckEndCount(Field(record, 27, 34), _depositRecords, BgMaxErrorKind.EndDepositCountMismatch, lineNumber);
    }

    private void CheckEndCount(string field, int counted, BgMaxErrorKind kind, int lineNumber)
    {
        if (ReadCount(field, lineNumber) is { } stated && stated != counted)
        {
            AddError(lineNumber, kind, Mismatch(stated, counted));
        }
    }

    /// <summary>Payments still waiting for their deposit record when a new section or the end begins.</summary>
    private void CloseUnfinishedSection()
    {
        foreach (var payment in _section)
        {
            AddError(payment.LineNumber, BgMaxErrorKind.PaymentWithoutDeposit);
        }

        ResetSection();
    }

    private void ResetSection()
    {
        _section.Clear();
        _sectionOpen = false;
        _sectionHasUnreadableAmount = false;
        _current = null;
    }

    /// <summary>The bankgiro number at positions 3–12 without its zero padding; empty when there is none.</summary>
    private string? ReadBankgiro(string record, int lineNumber)
    {
        var field = Field(record, 3, 12);
        if (string.IsNullOrWhiteSpace(field))
        {
            return string.Empty;
        }

        if (!IsDigits(field))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidBankgiro, field.Trim());
            return null;
        }

        return field.TrimStart('0');
    }

    private BgMaxReferenceCode ReadReferenceCode(string record, int lineNumber)
    {
        var field = Field(record, 56, 56);
        var code = field[0];
        if (code is < '0' or > '5')
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidReferenceCode, field.Trim());
            return BgMaxReferenceCode.Blank;
        }

        return (BgMaxReferenceCode)(code - '0');
    }

    /// <summary>An amount in öre, as kronor with two decimals.</summary>
    private decimal? ReadAmount(string field, int lineNumber)
    {
        if (!long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var ore))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidAmount, field.Trim());
            return null;
        }

        return ore * 0.01m;
    }

    private int? ReadCount(string field, int lineNumber)
    {
        if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            AddError(lineNumber, BgMaxErrorKind.InvalidCount, field.Trim());
            return null;
        }

        return count;
    }

    private void CheckCurrency(string currency, int lineNumber)
    {
        if (currency != "SEK")
        {
            AddError(lineNumber, BgMaxErrorKind.UnsupportedCurrency, currency.Trim());
        }
    }

    private void AddError(int lineNumber, BgMaxErrorKind kind, string? detail = null) =>
        _errors.Add(new BgMaxError(lineNumber, kind, detail));

    private BgMaxParseResult Fail(int lineNumber, BgMaxErrorKind kind, string? detail)
    {
        AddError(lineNumber, kind, detail);
        return BgMaxParseResult.Failure(_errors);
    }

    private static string Field(string record, int from, int to) => record[(from - 1)..to];

    private static bool IsDigits(string field) => field.All(char.IsAsciiDigit);

    private static string? Text(string field) => string.IsNullOrWhiteSpace(field) ? null : field.Trim();

    /// <summary>References are padded with spaces on either side; an OCR number may also carry leading zeros.</summary>
    private static string Reference(string field)
    {
        var reference = field.Trim();
        return reference.Length > 0 && IsDigits(reference) ? reference.TrimStart('0') : reference;
    }

    private static string Mismatch(decimal stated, decimal counted) =>
        string.Create(CultureInfo.InvariantCulture, $"{stated:0.00}/{counted:0.00}");

    private static string Mismatch(int stated, int counted) =>
        string.Create(CultureInfo.InvariantCulture, $"{stated}/{counted}");

    private sealed class PaymentBuilder
    {
        public required int LineNumber { get; init; }
        public required bool IsDeduction { get; init; }
        public required string SenderBankgiro { get; init; }
        public required string Reference { get; init; }
        public required BgMaxReferenceCode ReferenceCode { get; init; }
        public required decimal Amount { get; init; }
        public required string BgcSerialNumber { get; init; }
        public required BgMaxPaymentChannel Channel { get; init; }
        public int? DeductionCode { get; init; }
        public List<BgMaxExtraReference> ExtraReferences { get; } = [];
        public List<string> InformationTexts { get; } = [];
        public string? PayerName { get; set; }
        public string? PayerAddress { get; set; }
        public string? PayerPostcode { get; set; }
        public string? PayerCity { get; set; }
        public string? PayerOrganisationNumber { get; set; }

        public BgMaxPayment Build(DateOnly paymentDate) => new()
        {
            SenderBankgiro = SenderBankgiro,
            Reference = Reference,
            ReferenceCode = ReferenceCode,
            Amount = Amount,
            PaymentDate = paymentDate,
            BgcSerialNumber = BgcSerialNumber,
            Channel = Channel,
            IsDeduction = IsDeduction,
            DeductionCode = DeductionCode,
            ExtraReferences = ExtraReferences,
            InformationTexts = InformationTexts,
            PayerName = PayerName,
            PayerAddress = PayerAddress,
            PayerPostcode = PayerPostcode,
            PayerCity = PayerCity,
            PayerOrganisationNumber = PayerOrganisationNumber,
            LineNumber = LineNumber,
        };
    }
}
