namespace Ecomuna.Core.Invoicing;

/// <summary>Every word printed on an invoice, and how numbers and dates are written, in Swedish and in English.</summary>
internal sealed class InvoiceLabels
{
    // No-break spaces keep "4 000,00 kr" on one line; the renderer draws them as ordinary spaces.
    private const string NoBreakSpace = "\u00a0";

    public static readonly InvoiceLabels Swedish = new()
    {
        Invoice = "Faktura",
        CreditNote = "Kreditfaktura",
        Reminder = "Påminnelse",
        InvoiceDate = "Fakturadatum",
        Date = "Datum",
        DueDate = "Förfallodatum",
        CreditsInvoice = "Krediterar faktura",
        OcrNumber = "OCR-nummer",
        YourReference = "Er referens",
        YourOrganisationNumber = "Ert org.nr",
        Description = "Beskrivning",
        Quantity = "Antal",
        UnitPrice = "À-pris",
        Vat = "Moms",
        Amount = "Belopp",
        NetAmount = "Summa exkl. moms",
        TotalToPay = "Att betala",
        TotalCredited = "Krediterat belopp",
        ReminderIntro = "Enligt våra noteringar är fakturan nedan obetald. Har ni redan betalat kan ni bortse från denna påminnelse.",
        PaymentInstruction = (total, bankgiro, dueDate, ocr) => ocr is null
            ? $"Betala {total} till bankgiro {bankgiro} senast {dueDate}."
            : $"Betala {total} till bankgiro {bankgiro} senast {dueDate}\noch ange OCR-nummer {ocr}.",
        Continued = "forts.",
        Page = (page, pages) => $"Sida {page} ({pages})",
        OrganisationNumber = "Org.nr",
        VatNumber = "Momsreg.nr",
        FTax = "Godkänd för F-skatt",
        Bankgiro = "Bankgiro",
        Numbers = Digits(groupSeparator: NoBreakSpace, decimalSeparator: ","),
        MoneyPattern = "{0}" + NoBreakSpace + "kr",
        PercentPattern = "{0}" + NoBreakSpace + "%",
    };

    public static readonly InvoiceLabels English = new()
    {
        Invoice = "Invoice",
        CreditNote = "Credit note",
        Reminder = "Payment reminder",
        InvoiceDate = "Invoice date",
        Date = "Date",
        DueDate = "Due date",
        CreditsInvoice = "Credits invoice",
        OcrNumber = "OCR number",
        YourReference = "Your reference",
        YourOrganisationNumber = "Your org. no.",
        Description = "Description",
        Quantity = "Quantity",
        UnitPrice = "Unit price",
        Vat = "VAT",
        Amount = "Amount",
        NetAmount = "Total excl. VAT",
        TotalToPay = "Total to pay",
        TotalCredited = "Total credited",
        ReminderIntro = "According to our records the invoice below has not been paid. If you have already paid, please disregard this reminder.",
        PaymentInstruction = (total, bankgiro, dueDate, ocr) => ocr is null
            ? $"Please pay {total} to bankgiro {bankgiro} by {dueDate}."
            : $"Please pay {total} to bankgiro {bankgiro} by {dueDate},\nquoting OCR number {ocr}.",
        Continued = "continued",
        Page = (page, pages) => $"Page {page} of {pages}",
        OrganisationNumber = "Org. no.",
        VatNumber = "VAT no.",
        FTax = "Approved for F-tax",
        Bankgiro = "Bankgiro",
        Numbers = Digits(groupSeparator: ",", decimalSeparator: "."),
        MoneyPattern = "SEK" + NoBreakSpace + "{0}",
        PercentPattern = "{0}%",
    };

    public required string Invoice { get; init; }
    public required string CreditNote { get; init; }
    public required string Reminder { get; init; }
    public required string InvoiceDate { get; init; }
    public required string Date { get; init; }
    public required string DueDate { get; init; }
    public required string CreditsInvoice { get; init; }
    public required string OcrNumber { get; init; }
    public required string YourReference { get; init; }
    public required string YourOrganisationNumber { get; init; }
    public required string Description { get; init; }
    public required string Quantity { get; init; }
    public required string UnitPrice { get; init; }
    public required string Vat { get; init; }
    public required string Amount { get; init; }
    public required string NetAmount { get; init; }
    public required string TotalToPay { get; init; }
    public required string TotalCredited { get; init; }
    public required string ReminderIntro { get; init; }
    /// <summary>(total, bankgiro, due date, OCR number or null) to the sentence that tells how to pay; "\n" breaks the line.</summary>
    public required Func<string, string, string, string?, string> PaymentInstruction { get; init; }
    public required string Continued { get; init; }
    public required Func<int, int, string> Page { get; init; }
    public required string OrganisationNumber { get; init; }
    public required string VatNumber { get; init; }
    public required string FTax { get; init; }
    public required string Bankgiro { get; init; }
    private NumberFormatInfo Numbers { get; init; } = NumberFormatInfo.InvariantInfo;
    private string MoneyPattern { get; init; } = "{0}";
    private string PercentPattern { get; init; } = "{0}";

    /// <summary>The labels for "sv" or "en" (a region such as "sv-SE" is allowed).</summary>
    public static InvoiceLabels For(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return language.Split('-', '_')[0].ToUpperInvariant() switch
        {
            "SV" => Swedish,
            "EN" => English,
            _ => throw new ArgumentException($"Invoices are written in Swedish (\"sv\") or English (\"en\"), not \"{language}\".", nameof(language)),
        };
    }

    public string Title(InvoiceDocumentKind kind) => kind switch
    {
        InvoiceDocumentKind.Invoice => Invoice,
        InvoiceDocumentKind.CreditNote => CreditNote,
        InvoiceDocumentKind.Reminder => Reminder,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of invoice document."),
    };

    /// <summary>Two decimals, grouped by thousands: "4 000,00 kr" or "SEK 4,000.00" (with no-break spaces).</summary>
    public string FormatMoney(decimal amount) =>
        string.Format(CultureInfo.InvariantCulture, MoneyPattern, amount.ToString("#,##0.00", Numbers));

    public string FormatQuantity(decimal quantity) => quantity.ToString("#,##0.###", Numbers);

    /// <summary>A VAT rate given as a fraction: 0.25 is "25 %" or "25%".</summary>
    public string FormatRate(decimal rate) =>
        string.Format(CultureInfo.InvariantCulture, PercentPattern, (rate * 100m).ToString("0.##", Numbers));

    // Spelled out rather than taken from the culture, whose data differs between ICU versions
    // (and gives a typographic minus in Swedish, which pasted amounts do not parse).
    private static NumberFormatInfo Digits(string groupSeparator, string decimalSeparator) =>
        NumberFormatInfo.ReadOnly(new NumberFormatInfo
        {
            NumberGroupSeparator = groupSeparator,
            NumberDecimalSeparator = decimalSeparator,
            NegativeSign = "-",
        });

    /// <summary>ISO dates in both languages, as Swedish invoices write them.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
