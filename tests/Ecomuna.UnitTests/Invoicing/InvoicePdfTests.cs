using System.Runtime.CompilerServices;
using System.Text;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoicePdfTests
{
    public InvoicePdfTests() => PdfSharpForTests.UseAgplLicence();

    public static TheoryData<string> Samples => ["invoice-sv", "creditnote-sv", "invoice-en"];

    /// <summary>
    /// The text read back from the PDF must equal Golden/NAME.txt. After a deliberate change to the layout
    /// or wording, run the tests once with ECOMUNA_UPDATE_GOLDEN=1 to rewrite the files, and read the diff.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_TextMatchesGoldenFile(string name)
    {
        var actual = Poppler.ExtractText(InvoicePdf.Render(Sample(name)));

        if (Environment.GetEnvironmentVariable("ECOMUNA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(SourceGoldenPath(name), actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        var golden = Path.Combine(AppContext.BaseDirectory, "Invoicing", "Golden", $"{name}.txt");
        Assert.True(File.Exists(golden), $"{golden} is missing; run with ECOMUNA_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(golden, Encoding.UTF8), actual);
    }

    [Fact]
    public void Render_SwedishInvoice_ShowsTheFactsAPayerNeeds()
    {
        var text = Poppler.ExtractText(InvoicePdf.Render(InvoiceSamples.SwedishInvoice()));

        Assert.Contains("Faktura 1042", text, StringComparison.Ordinal);
        Assert.Contains("Förfallodatum 2026-03-04", text, StringComparison.Ordinal);
        Assert.Contains("Er referens Åsa Öberg", text, StringComparison.Ordinal);
        Assert.Contains("Södertälje kommun", text, StringComparison.Ordinal);
        Assert.Contains("Att betala 34 600,00 kr", text, StringComparison.Ordinal);
        Assert.Contains("Momsfri enligt 3 kap. 11 § mervärdesskattelagen", text, StringComparison.Ordinal);
        Assert.Contains("Betala 34 600,00 kr till bankgiro 123-4567 senast 2026-03-04 och ange OCR-nummer 10421.", text.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.Contains("Godkänd för F-skatt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CreditNote_NamesTheCreditedInvoiceInsteadOfADueDateAndAsksForNoPayment()
    {
        var text = Poppler.ExtractText(InvoicePdf.Render(InvoiceSamples.SwedishCreditNote()));

        Assert.Contains("Kreditfaktura 1043", text, StringComparison.Ordinal);
        Assert.Contains("Krediterar faktura 1042", text, StringComparison.Ordinal);
        Assert.Contains("Krediterat belopp -34 600,00 kr", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Förfallodatum", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bankgiro 123-4567", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Reminder_SaysTheInvoiceIsUnpaidAndHowToPay()
    {
        var reminder = InvoiceSamples.SwedishInvoice() with { Kind = InvoiceDocumentKind.Reminder };

        var text = Poppler.ExtractText(InvoicePdf.Render(reminder)).Replace('\n', ' ');

        Assert.Contains("Påminnelse 1042", text, StringComparison.Ordinal);
        Assert.Contains("Enligt våra noteringar är fakturan nedan obetald.", text, StringComparison.Ordinal);
        Assert.Contains("ange OCR-nummer 10421", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnyDocument_IsAPdfFile()
    {
        var pdf = InvoicePdf.Render(InvoiceSamples.SwedishInvoice());

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal("%%EOF", Encoding.ASCII.GetString(pdf).TrimEnd()[^5..]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_Sample_EmbedsDejaVuSansWithUnicodeMapping(string name)
    {
        var fonts = Poppler.Fonts(InvoicePdf.Render(Sample(name)));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            // A subset of the embedded file is named "ABCDEF+DejaVu Sans"; a font PDFsharp fell back to would not be.
            Assert.Matches("^[A-Z]{6}\\+DejaVu Sans(,Bold)?$", font.Name);
            Assert.Equal("CID TrueType", font.Type);
            Assert.True(font.Embedded, $"{font.Name} is not embedded.");
            Assert.True(font.Unicode, $"{font.Name} has no Unicode mapping, so its text cannot be copied or searched.");
        });
        Assert.Contains(fonts, font => font.Name.EndsWith(",Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyLines_FlowsOntoMorePagesWithHeaderTotalsAndPageNumbers()
    {
        var text = Poppler.ExtractText(InvoicePdf.Render(InvoiceSamples.LongInvoice()));
        var pages = text.Split("--- page ");

        Assert.True(pages.Length >= 3, $"Expected at least 3 pages, got {pages.Length}.");
        Assert.All(pages, page => Assert.Contains("Sveriges Ekokommuner", page, StringComparison.Ordinal));
        Assert.All(pages[1..^1], page => Assert.Contains("Faktura 1100 (forts.)", page, StringComparison.Ordinal));
        Assert.All(pages[1..^1], page => Assert.Contains("Beskrivning Antal À-pris Moms Belopp", page, StringComparison.Ordinal));
        Assert.Contains($"Sida 1 ({pages.Length})", pages[0], StringComparison.Ordinal);
        Assert.Contains("Att betala 225 000,00 kr", pages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Att betala", string.Concat(pages[..^1]), StringComparison.Ordinal);
        for (var i = 1; i <= 60; i++)
        {
            Assert.Contains($"Utbildningsdag {i},", text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> AllLayouts =>
        ["invoice-sv", "creditnote-sv", "invoice-en", "reminder-sv", "creditnote-en", "reminder-en", "long-sv", "long-en", "long-names"];

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void Render_AnyLayout_NoWordsOverlapAndAllStayInsideTheMargins(string name)
    {
        var pdf = InvoicePdf.Render(Sample(name));
        SaveForInspection(name, pdf);
        var words = Poppler.Words(pdf);
        // The layout's margins: 20 mm at the sides, 15 mm at the top, 12 mm at the bottom.
        const double mm = 72 / 25.4;
        const double slack = 0.5;

        Assert.All(words, word =>
        {
            Assert.True(word.Left >= (20 * mm) - slack && word.Right <= (190 * mm) + slack, $"\"{word.Text}\" runs into the side margin on page {word.Page}.");
            Assert.True(word.Top >= (15 * mm) - slack && word.Bottom <= (285 * mm) + slack, $"\"{word.Text}\" runs into the top or bottom margin on page {word.Page}.");
        });
        foreach (var page in words.GroupBy(word => word.Page))
        {
            var onPage = page.ToList();
            for (var i = 0; i < onPage.Count; i++)
            {
                for (var j = i + 1; j < onPage.Count; j++)
                {
                    Assert.False(Overlap(onPage[i], onPage[j]), $"\"{onPage[i].Text}\" and \"{onPage[j].Text}\" overlap on page {page.Key}.");
                }
            }
        }
    }

    [Fact]
    public void Render_LinesDoNotAddUpToNetAmount_IsRefused()
    {
        var wrong = InvoiceSamples.SwedishInvoice() with { NetAmount = 34_000m, Total = 34_000m };

        var exception = Assert.Throws<ArgumentException>(() => InvoicePdf.Render(wrong));
        Assert.Contains("NetAmount", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TotalIsNotNetPlusVat_IsRefused()
    {
        var wrong = InvoiceSamples.EnglishInvoice() with { Total = 18_206m };

        Assert.Throws<ArgumentException>(() => InvoicePdf.Render(wrong));
    }

    [Fact]
    public void Render_CreditNoteWithoutCreditedInvoice_IsRefused()
    {
        var wrong = InvoiceSamples.SwedishCreditNote() with { CreditedInvoiceNumber = null };

        Assert.Throws<ArgumentException>(() => InvoicePdf.Render(wrong));
    }

    [Fact]
    public void Render_UnknownLanguage_IsRefused()
    {
        var wrong = InvoiceSamples.SwedishInvoice() with { Language = "de" };

        Assert.Throws<ArgumentException>(() => InvoicePdf.Render(wrong));
    }

    [Fact]
    public async Task Render_ManyAtOnce_AllSucceed()
    {
        var renders = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => InvoicePdf.Render(i % 2 == 0 ? InvoiceSamples.SwedishInvoice() : InvoiceSamples.EnglishInvoice())));

        var pdfs = await Task.WhenAll(renders);

        Assert.All(pdfs, pdf => Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]));
    }

    private static bool Overlap(PdfWord a, PdfWord b)
    {
        // pdftotext's boxes run from ascent to descent, so stacked lines may touch; a real overlap is deeper.
        const double tolerance = 0.5;
        return a.Left < b.Right - tolerance && b.Left < a.Right - tolerance
            && a.Top < b.Bottom - tolerance && b.Top < a.Bottom - tolerance;
    }

    private static InvoiceDocument Sample(string name) => name switch
    {
        "invoice-sv" => InvoiceSamples.SwedishInvoice(),
        "creditnote-sv" => InvoiceSamples.SwedishCreditNote(),
        "invoice-en" => InvoiceSamples.EnglishInvoice(),
        "reminder-sv" => InvoiceSamples.SwedishInvoice() with { Kind = InvoiceDocumentKind.Reminder },
        "creditnote-en" => InvoiceSamples.SwedishCreditNote() with { Language = "en" },
        "reminder-en" => InvoiceSamples.EnglishInvoice() with { Kind = InvoiceDocumentKind.Reminder, Number = 1_234_567 },
        "long-names" => InvoiceSamples.LongNames(),
        "long-sv" => InvoiceSamples.LongInvoice("sv"),
        "long-en" => InvoiceSamples.LongInvoice("en"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    /// <summary>Set ECOMUNA_INVOICE_PDF_DIR to a folder to keep the rendered samples, e.g. to look at them with pdftoppm.</summary>
    private static void SaveForInspection(string name, byte[] pdf)
    {
        var folder = Environment.GetEnvironmentVariable("ECOMUNA_INVOICE_PDF_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{name}.pdf"), pdf);
        }
    }

    private static string SourceGoldenPath(string name, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden", $"{name}.txt");
}
