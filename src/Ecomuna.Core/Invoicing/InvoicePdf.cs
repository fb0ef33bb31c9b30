using PdfSharp.License;
using PdfSharp.Pdf;

namespace Ecomuna.Core.Invoicing;

/// <summary>Renders fee invoices, credit notes and payment reminders as A4 PDF documents.</summary>
public static class InvoicePdf
{
    /// <summary>The PDF file of the document: one page for an ordinary invoice, more when its lines need them.</summary>
    /// <exception cref="ArgumentException">The document does not add up, or a credit note does not say which invoice it credits.</exception>
    /// <exception cref="InvalidOperationException">The application has not chosen its PDFsharp licence.</exception>
    public static byte[] Render(InvoiceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = InvoiceLabels.For(document.Language);
        Validate(document);

        InvoiceFontResolver.EnsureRegistered();

        using var pdf = NewPdfDocument();
        pdf.Info.Title = $"{labels.Title(document.Kind)} {document.Number.ToString(CultureInfo.InvariantCulture)}";
        pdf.Info.Author = document.Seller.Name;
        pdf.Info.Subject = document.Buyer.Name;
        pdf.Info.Creator = "Ecomuna";
        pdf.Language = labels == InvoiceLabels.Swedish ? "sv" : "en";

        using (var layout = new InvoiceLayout(pdf, document, labels))
        {
            layout.Draw();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static PdfDocument NewPdfDocument()
    {
        try
        {
            return new PdfDocument();
        }
        catch (PdfSharpLicenseException exception)
        {
            // PDFsharp 6.5 is under the AGPL-3.0 or a purchased licence and refuses to work until the
            // application says which. That choice binds the whole portal, so the host makes it at start.
            throw new InvalidOperationException(
                "PDFsharp has no licence loaded. Once at start, call PdfSharpLicense.LoadLicense(key) with a purchased "
                + "licence key, or PdfSharpLicense.SetAgplLicense() if the portal is distributed under the AGPL-3.0.",
                exception);
        }
    }

    private static void Validate(InvoiceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document.Seller, nameof(document));
        ArgumentNullException.ThrowIfNull(document.Buyer, nameof(document));
        ArgumentNullException.ThrowIfNull(document.Lines, nameof(document));

        if (document.Lines.Count == 0)
        {
            throw new ArgumentException("An invoice document needs at least one line.", nameof(document));
        }

        if (document.Kind == InvoiceDocumentKind.CreditNote && document.CreditedInvoiceNumber is null)
        {
            throw new ArgumentException("A credit note must name the invoice it credits (CreditedInvoiceNumber).", nameof(document));
        }

        var sumOfLines = document.Lines.Sum(line => line.Amount);
        if (sumOfLines != document.NetAmount)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The lines add up to {sumOfLines}, but NetAmount is {document.NetAmount}."), nameof(document));
        }

        if (document.NetAmount + document.VatAmount != document.Total)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"NetAmount {document.NetAmount} plus VatAmount {document.VatAmount} is not Total {document.Total}."), nameof(document));
        }
    }
}
