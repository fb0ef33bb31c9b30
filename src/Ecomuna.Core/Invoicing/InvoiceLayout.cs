using System.Text.RegularExpressions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ecomuna.Core.Invoicing;

/// <summary>Places one invoice document on A4 pages. Positions are in points from the top left corner.</summary>
internal sealed partial class InvoiceLayout : IDisposable
{
    private const double Mm = 72 / 25.4;
    private const double Left = 20 * Mm;
    private const double Right = 190 * Mm;
    private const double Top = 15 * Mm;
    private const double Bottom = 12 * Mm;

    // The address sits where the right-hand window of a Swedish C5/C4 window envelope shows it.
    private const double WindowLeft = 115 * Mm;
    private const double WindowTop = 50 * Mm;
    private const double WindowBottom = 85 * Mm;

    private const double ColumnGap = 14;
    private const double LineStep = 12.5;

    // Details and address lines share their baselines, side by side.
    private const double AddressStep = 13;
    private const double FooterLineStep = 9.5;

    private static readonly XStringFormat LeftAligned = new() { Alignment = XStringAlignment.Near, LineAlignment = XLineAlignment.BaseLine };
    private static readonly XStringFormat RightAligned = new() { Alignment = XStringAlignment.Far, LineAlignment = XLineAlignment.BaseLine };
    private static readonly XColor Rule = XColor.FromArgb(0x80, 0x80, 0x80);
    private static readonly XColor Shade = XColor.FromArgb(0xEE, 0xF2, 0xEE);

    private readonly PdfDocument _pdf;
    private readonly InvoiceDocument _document;
    private readonly InvoiceLabels _labels;
    private readonly XFont _body = Font(9);
    private readonly XFont _bodyBold = Font(9, bold: true);
    private readonly XFont _address = Font(10);
    private readonly XFont _addressBold = Font(10, bold: true);
    private readonly XFont _sellerName = Font(13, bold: true);
    private readonly XFont _title = Font(18, bold: true);
    private readonly XFont _continuedTitle = Font(11, bold: true);
    private readonly XFont _totalBold = Font(11, bold: true);
    private readonly XFont _payment = Font(10);
    private readonly XFont _footerFont = Font(7.5);
    private readonly XFont _footerBold = Font(7.5, bold: true);
    private readonly List<PdfPage> _pages = [];
    private List<FooterColumn> _footer = [];
    private double _footerTop;
    private double _contentBottom;
    private XGraphics? _graphics;
    private double _y;
    private TableColumns _columns;

    public InvoiceLayout(PdfDocument pdf, InvoiceDocument document, InvoiceLabels labels)
    {
        _pdf = pdf;
        _document = document;
        _labels = labels;
    }

    private static double PageHeight => XUnit.FromMillimeter(297).Point;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page has been started.");

    public void Draw()
    {
        StartPage();
        _footer = PlanFooter();
        _footerTop = PageHeight - Bottom - (_footer.Max(column => column.Lines.Count) * FooterLineStep) - 6;
        _contentBottom = _footerTop - (8 * Mm);
        DrawFirstPageHeader();
        if (_document.Kind == InvoiceDocumentKind.Reminder)
        {
            DrawParagraph(_labels.ReminderIntro, _body);
            _y += 6 * Mm;
        }

        _columns = MeasureColumns();
        DrawTableHeader();
        foreach (var line in _document.Lines)
        {
            DrawLine(line);
        }

        Graphics.DrawLine(new XPen(Rule, 0.5), Left, _y, Right, _y);
        _y += 5 * Mm;
        DrawClosing();

        _graphics?.Dispose();
        _graphics = null;
        DrawFooters();
    }

    public void Dispose() => _graphics?.Dispose();

    private static XFont Font(double size, bool bold = false) =>
        new(InvoiceFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private void StartPage()
    {
        _graphics?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(page);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Top;
    }

    private void StartContinuationPage(bool withTableHeader)
    {
        StartPage();
        var title = $"{Title()} ({_labels.Continued})";
        Text(title, _continuedTitle, Right, _y + 10, alignRight: true);
        Text(Fit(_document.Seller.Name, _bodyBold, Right - Left - Width(title, _continuedTitle) - ColumnGap), _bodyBold, Left, _y + 10);
        _y += 12 * Mm;
        if (withTableHeader)
        {
            DrawTableHeader();
        }
    }

    private string Title() => $"{_labels.Title(_document.Kind)} {Number(_document.Number)}";

    private void DrawFirstPageHeader()
    {
        // The seller's name and the title share a baseline, low enough for the title's accents.
        var firstBaseline = Top + 18;
        var seller = _document.Seller;
        var y = firstBaseline;
        foreach (var line in Wrap(seller.Name, _sellerName, WindowLeft - Left - (6 * Mm)))
        {
            Text(line, _sellerName, Left, y);
            y += 15;
        }

        foreach (var line in seller.AddressLines)
        {
            Text(line, _body, Left, y);
            y += LineStep;
        }

        var title = Title();
        var titleFont = _title;
        for (var size = 16.0; Width(title, titleFont) > Right - WindowLeft && size >= 10; size -= 2)
        {
            titleFont = Font(size, bold: true);
        }

        Text(title, titleFont, WindowLeft, firstBaseline);

        // A seller block taller than usual moves details and address down, out of the window, rather than overlap them.
        var detailsTop = Math.Max(WindowTop + 10, y + (4 * Mm));
        var detailsBottom = DrawDetails(detailsTop);
        var addressBottom = DrawBuyerAddress(detailsTop);
        _y = Math.Max(Math.Max(detailsBottom, addressBottom), WindowBottom) + (6 * Mm);
    }

    private double DrawDetails(double baseline)
    {
        var document = _document;
        var details = new List<(string Label, string Value)>
        {
            (document.Kind == InvoiceDocumentKind.Invoice ? _labels.InvoiceDate : _labels.Date, InvoiceLabels.FormatDate(document.IssueDate)),
            document.Kind == InvoiceDocumentKind.CreditNote
                ? (_labels.CreditsInvoice, Number(document.CreditedInvoiceNumber!.Value))
                : (_labels.DueDate, InvoiceLabels.FormatDate(document.DueDate)),
        };
        AddIfGiven(details, _labels.OcrNumber, document.OcrReference);
        AddIfGiven(details, _labels.YourReference, document.BuyerReference);
        AddIfGiven(details, _labels.YourOrganisationNumber, document.Buyer.OrganisationNumber);

        var valueLeft = Left + details.Max(detail => Width(detail.Label, _bodyBold)) + (4 * Mm);
        var valueWidth = WindowLeft - (6 * Mm) - valueLeft;
        foreach (var (label, value) in details)
        {
            Text(label, _bodyBold, Left, baseline);
            foreach (var line in Wrap(value, _body, valueWidth))
            {
                Text(line, _body, valueLeft, baseline);
                baseline += AddressStep;
            }
        }

        return baseline;
    }

    private static void AddIfGiven(List<(string Label, string Value)> details, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            details.Add((label, value.Trim()));
        }
    }

    private double DrawBuyerAddress(double baseline)
    {
        var width = Right - WindowLeft;
        foreach (var line in Wrap(_document.Buyer.Name, _addressBold, width))
        {
            Text(line, _addressBold, WindowLeft, baseline);
            baseline += AddressStep;
        }

        foreach (var addressLine in _document.Buyer.AddressLines)
        {
            foreach (var line in Wrap(addressLine, _address, width))
            {
                Text(line, _address, WindowLeft, baseline);
                baseline += AddressStep;
            }
        }

        return baseline;
    }

    private void DrawParagraph(string text, XFont font)
    {
        foreach (var line in Wrap(text, font, Right - Left))
        {
            Text(line, font, Left, _y + LineStep - 3);
            _y += LineStep;
        }
    }

    private TableColumns MeasureColumns()
    {
        double Widest(string header, Func<InvoiceDocumentLine, string> cell) =>
            Math.Max(Width(header, _bodyBold), _document.Lines.Max(line => Width(cell(line), _body)));

        var amountRight = Right;
        var vatRight = amountRight - Widest(_labels.Amount, line => _labels.FormatMoney(line.Amount)) - ColumnGap;
        var unitPriceRight = vatRight - Widest(_labels.Vat, line => _labels.FormatRate(line.VatRate)) - ColumnGap;
        var quantityRight = unitPriceRight - Widest(_labels.UnitPrice, line => _labels.FormatMoney(line.UnitPrice)) - ColumnGap;
        var descriptionWidth = quantityRight - Widest(_labels.Quantity, line => _labels.FormatQuantity(line.Quantity)) - ColumnGap - Left;
        return new TableColumns(descriptionWidth, quantityRight, unitPriceRight, vatRight, amountRight);
    }

    private void DrawTableHeader()
    {
        var baseline = _y + 10;
        Text(_labels.Description, _bodyBold, Left, baseline);
        Text(_labels.Quantity, _bodyBold, _columns.QuantityRight, baseline, alignRight: true);
        Text(_labels.UnitPrice, _bodyBold, _columns.UnitPriceRight, baseline, alignRight: true);
        Text(_labels.Vat, _bodyBold, _columns.VatRight, baseline, alignRight: true);
        Text(_labels.Amount, _bodyBold, _columns.AmountRight, baseline, alignRight: true);
        _y += 15;
        Graphics.DrawLine(new XPen(Rule, 0.75), Left, _y, Right, _y);
    }

    private void DrawLine(InvoiceDocumentLine line)
    {
        var description = Wrap(line.Description, _body, _columns.DescriptionWidth);
        var height = 5 + (description.Count * LineStep);
        if (_y + height > _contentBottom && _y > Top + (30 * Mm))
        {
            StartContinuationPage(withTableHeader: true);
        }

        var baseline = _y + 5 + 9;
        Text(_labels.FormatQuantity(line.Quantity), _body, _columns.QuantityRight, baseline, alignRight: true);
        Text(_labels.FormatMoney(line.UnitPrice), _body, _columns.UnitPriceRight, baseline, alignRight: true);
        Text(_labels.FormatRate(line.VatRate), _body, _columns.VatRight, baseline, alignRight: true);
        Text(_labels.FormatMoney(line.Amount), _body, _columns.AmountRight, baseline, alignRight: true);
        foreach (var descriptionLine in description)
        {
            Text(descriptionLine, _body, Left, baseline);
            baseline += LineStep;
        }

        _y += height + 3;
    }

    /// <summary>The totals, the VAT exemption and how to pay, kept together on one page.</summary>
    private void DrawClosing()
    {
        var document = _document;
        var exemption = document.VatAmount == 0 && !string.IsNullOrWhiteSpace(document.VatExemptionNote)
            ? Wrap(document.VatExemptionNote.Trim(), _body, Right - Left)
            : [];
        var payment = document.Kind == InvoiceDocumentKind.CreditNote
            ? []
            : Wrap(PaymentInstruction(), _payment, Right - Left - (2 * 8));
        var height = 46 + (5 * Mm) + (exemption.Count * LineStep) + (payment.Count > 0 ? (6 * Mm) + (payment.Count * 14) + 16 : 0);
        if (_y + height > _contentBottom)
        {
            StartContinuationPage(withTableHeader: false);
        }

        var valueWidth = new[] { document.NetAmount, document.VatAmount }.Max(amount => Width(_labels.FormatMoney(amount), _body));
        valueWidth = Math.Max(valueWidth, Width(_labels.FormatMoney(document.Total), _totalBold));
        var labelRight = Math.Min(_columns.VatRight, Right - valueWidth - ColumnGap);
        var vatLabel = VatLabel();
        var totalLabel = document.Kind == InvoiceDocumentKind.CreditNote ? _labels.TotalCredited : _labels.TotalToPay;
        var baseline = _y + 9;
        Text(_labels.NetAmount, _body, labelRight, baseline, alignRight: true);
        Text(_labels.FormatMoney(document.NetAmount), _body, Right, baseline, alignRight: true);
        baseline += 15;
        Text(vatLabel, _body, labelRight, baseline, alignRight: true);
        Text(_labels.FormatMoney(document.VatAmount), _body, Right, baseline, alignRight: true);
        baseline += 7;
        var ruleLeft = labelRight - Math.Max(Math.Max(Width(_labels.NetAmount, _body), Width(vatLabel, _body)), Width(totalLabel, _totalBold));
        Graphics.DrawLine(new XPen(XColors.Black, 0.75), ruleLeft, baseline, Right, baseline);
        baseline += 15;
        Text(totalLabel, _totalBold, labelRight, baseline, alignRight: true);
        Text(_labels.FormatMoney(document.Total), _totalBold, Right, baseline, alignRight: true);
        _y = baseline + (5 * Mm);

        foreach (var line in exemption)
        {
            Text(line, _body, Left, _y + 9);
            _y += LineStep;
        }

        if (payment.Count > 0)
        {
            _y += 6 * Mm;
            var boxHeight = (payment.Count * 14) + 16;
            Graphics.DrawRectangle(new XSolidBrush(Shade), Left, _y, Right - Left, boxHeight);
            var paymentBaseline = _y + 8 + 10;
            foreach (var line in payment)
            {
                Text(line, _payment, Left + 8, paymentBaseline);
                paymentBaseline += 14;
            }

            _y += boxHeight;
        }
    }

    private string VatLabel()
    {
        var rates = _document.Lines.Select(line => line.VatRate).Distinct().ToList();
        return rates.Count == 1 && _document.VatAmount != 0 ? $"{_labels.Vat} {_labels.FormatRate(rates[0])}" : _labels.Vat;
    }

    private string PaymentInstruction()
    {
        var document = _document;
        var ocr = string.IsNullOrWhiteSpace(document.OcrReference) ? null : document.OcrReference.Trim();
        return _labels.PaymentInstruction(
            _labels.FormatMoney(document.Total),
            NoBreak(document.Seller.Bankgiro),
            InvoiceLabels.FormatDate(document.DueDate),
            ocr is null ? null : NoBreak(ocr));
    }

    /// <summary>
    /// The seller's name and address, registration, and payment and contact details in three columns: the first
    /// at the left margin, the last ending at the right one, the middle halfway between. When they do not fit,
    /// the name and address wrap; only an extremely long email address or website is cut short.
    /// </summary>
    private List<FooterColumn> PlanFooter()
    {
        var seller = _document.Seller;
        var registration = new List<string> { $"{_labels.OrganisationNumber} {seller.OrganisationNumber}" };
        if (!string.IsNullOrWhiteSpace(seller.VatNumber))
        {
            registration.Add($"{_labels.VatNumber} {seller.VatNumber}");
        }

        if (seller.RegisteredForFTax)
        {
            registration.Add(_labels.FTax);
        }

        var contact = new List<string> { $"{_labels.Bankgiro} {seller.Bankgiro}" };
        contact.AddRange(new[] { seller.Email, seller.Website }.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim()));

        var space = Right - Left - (2 * ColumnGap);
        var registrationWidth = Math.Min(registration.Max(text => Width(text, _footerFont)), space / 3);
        var contactWidth = Math.Min(contact.Max(text => Width(text, _footerFont)), space - registrationWidth - (space / 5));
        var nameWidth = Math.Min(
            seller.AddressLines.Append(seller.Name).Max(text => Width(text, _footerBold)),
            space - registrationWidth - contactWidth);

        var nameLines = Wrap(seller.Name, _footerBold, nameWidth).Select(text => (text, _footerBold))
            .Concat(seller.AddressLines.SelectMany(line => Wrap(line, _footerFont, nameWidth)).Select(text => (text, _footerFont)))
            .ToList();
        var middleLeft = Left + nameWidth + ((Right - Left - nameWidth - registrationWidth - contactWidth) / 2);
        return
        [
            new FooterColumn(Left, nameLines),
            new FooterColumn(middleLeft, [.. registration.Select(text => (Fit(text, _footerFont, registrationWidth), _footerFont))]),
            new FooterColumn(Right - contactWidth, [.. contact.Select(text => (Fit(text, _footerFont, contactWidth), _footerFont))]),
        ];
    }

    private void DrawFooters()
    {
        for (var index = 0; index < _pages.Count; index++)
        {
            using var graphics = XGraphics.FromPdfPage(_pages[index], XGraphicsPdfPageOptions.Append);
            _graphics = graphics;
            if (_pages.Count > 1)
            {
                Text(_labels.Page(index + 1, _pages.Count), _footerFont, Right, _footerTop - 5, alignRight: true);
            }

            graphics.DrawLine(new XPen(Rule, 0.5), Left, _footerTop, Right, _footerTop);
            foreach (var column in _footer)
            {
                var baseline = _footerTop + 6 + 7;
                foreach (var (text, font) in column.Lines)
                {
                    Text(text, font, column.Left, baseline);
                    baseline += FooterLineStep;
                }
            }

            _graphics = null;
        }
    }

    private void Text(string text, XFont font, double x, double baseline, bool alignRight = false) =>
        Graphics.DrawString(Printable(text), font, XBrushes.Black, new XPoint(x, baseline), alignRight ? RightAligned : LeftAligned);

    private double Width(string text, XFont font) => Graphics.MeasureString(Printable(text), font).Width;

    // No-break spaces steer line breaking only; drawn as ordinary spaces, copied and searched text reads "4 000,00 kr".
    private static string Printable(string text) => text.Replace('\u00a0', ' ');

    private static string NoBreak(string text) => text.Replace(' ', '\u00a0');

    private static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shortens a footer entry that would run into the next column, marking the cut with an ellipsis.</summary>
    private string Fit(string text, XFont font, double width)
    {
        if (Width(text, font) <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 1 && Width(text[..end] + "…", font) > width)
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces, never inside a number with its unit.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in KeepNumbersTogether(text).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (Width(candidate, font) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (Width(current, font) > width && current.Length > 1)
                {
                    var fits = current.Length - 1;
                    while (fits > 1 && Width(current[..fits], font) > width)
                    {
                        fits--;
                    }

                    lines.Add(current[..fits]);
                    current = current[fits..];
                }
            }

            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current);
            }
        }

        return lines;
    }

    private static string KeepNumbersTogether(string text) =>
        NumberThenUnit().Replace(ThousandsGroup().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "\u00a0"), "\u00a0");

    [GeneratedRegex(@"(?<=\d) (?=\d{3}(?!\d))")]
    private static partial Regex ThousandsGroup();

    [GeneratedRegex(@"(?<=\d) (?=(?:kr|%|SEK)(?!\p{L}))|(?<=\bSEK) (?=-?\d)")]
    private static partial Regex NumberThenUnit();

    private sealed record FooterColumn(double Left, List<(string Text, XFont Font)> Lines);

    private readonly record struct TableColumns(double DescriptionWidth, double QuantityRight, double UnitPriceRight, double VatRight, double AmountRight);
}
