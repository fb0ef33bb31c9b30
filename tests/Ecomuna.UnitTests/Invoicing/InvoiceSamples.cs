using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Invoicing;

/// <summary>Fixed documents whose rendered text is kept in Golden/.</summary>
internal static class InvoiceSamples
{
    public static readonly InvoiceSeller Seller = new(
        Name: "Sveriges Ekokommuner",
        AddressLines: ["c/o Kansliet", "Storgatan 12", "111 22 Stockholm"],
        OrganisationNumber: "802412-3450",
        Bankgiro: "123-4567",
        VatNumber: "SE802412345001",
        Email: "kansliet@ekokommuner.example",
        Website: "www.ekokommuner.example",
        RegisteredForFTax: true);

    public static readonly InvoiceParty Sodertalje = new(
        Name: "Södertälje kommun",
        AddressLines: ["Ekonomikontoret", "Campusgatan 26", "151 89 Södertälje"],
        OrganisationNumber: "212000-0142");

    public const string MembershipFee = "Medlemsavgift 2026, 102 000 invånare × 0,30 kr + 4 000 kr";

    public const string ExemptionNote = "Momsfri enligt 3 kap. 11 § mervärdesskattelagen";

    public static InvoiceDocument SwedishInvoice() => new(
        Kind: InvoiceDocumentKind.Invoice,
        Number: 1042,
        CreditedInvoiceNumber: null,
        IssueDate: new DateOnly(2026, 2, 2),
        DueDate: new DateOnly(2026, 3, 4),
        OcrReference: "10421",
        BuyerReference: "Åsa Öberg",
        Seller: Seller,
        Buyer: Sodertalje,
        Lines: [new InvoiceDocumentLine(MembershipFee, 1m, 34_600m, 0m, 34_600m)],
        NetAmount: 34_600m,
        VatAmount: 0m,
        Total: 34_600m,
        VatExemptionNote: ExemptionNote,
        Language: "sv");

    public static InvoiceDocument SwedishCreditNote() => new(
        Kind: InvoiceDocumentKind.CreditNote,
        Number: 1043,
        CreditedInvoiceNumber: 1042,
        IssueDate: new DateOnly(2026, 2, 16),
        DueDate: new DateOnly(2026, 2, 16),
        OcrReference: "",
        BuyerReference: "Åsa Öberg",
        Seller: Seller,
        Buyer: Sodertalje,
        Lines: [new InvoiceDocumentLine(MembershipFee, -1m, 34_600m, 0m, -34_600m)],
        NetAmount: -34_600m,
        VatAmount: 0m,
        Total: -34_600m,
        VatExemptionNote: ExemptionNote,
        Language: "sv");

    public static InvoiceDocument EnglishInvoice() => new(
        Kind: InvoiceDocumentKind.Invoice,
        Number: 1057,
        CreditedInvoiceNumber: null,
        IssueDate: new DateOnly(2026, 4, 1),
        DueDate: new DateOnly(2026, 5, 1),
        OcrReference: "10579",
        BuyerReference: "Jörgen Ångström",
        Seller: Seller,
        Buyer: new InvoiceParty("Hållbarhetscentrum Umeå AB", ["Box 7001", "907 03 Umeå"], "556677-8899"),
        Lines:
        [
            new InvoiceDocumentLine("Network membership 2026", 1m, 2_000m, 0.25m, 2_000m),
            new InvoiceDocumentLine("Study visit to Övertorneå, per participant", 12m, 1_350.50m, 0.25m, 16_206m),
        ],
        NetAmount: 18_206m,
        VatAmount: 4_551.50m,
        Total: 22_757.50m,
        VatExemptionNote: null,
        Language: "en");

    /// <summary>Names, addresses and amounts longer than usual, to show the layout makes room or wraps.</summary>
    public static InvoiceDocument LongNames() => EnglishInvoice() with
    {
        Kind = InvoiceDocumentKind.CreditNote,
        Number = 9_876_543_210,
        CreditedInvoiceNumber = 9_876_543_209,
        BuyerReference = "Anna-Karin Österberg-Lindqvist, hållbarhetsstrateg på kommunledningskontoret",
        Seller = Seller with
        {
            Name = "Föreningen Sveriges Ekokommuner och Hållbara Regioner i Norden",
            Email = "medlemsavgifter@sveriges-ekokommuner.example",
        },
        Buyer = new InvoiceParty(
            "Region Västra Götaland, Koncernkontoret avdelning Hållbar utveckling",
            ["Ekonomiservice, Fakturascanning", "FE 12 Regionens hus, Ärende 2026-000123-456", "405 44 Göteborg"],
            "232100-0131"),
        Lines =
        [
            new InvoiceDocumentLine("Årsavgift enligt stämmans beslut: 1 750 000 invånare × 0,30 kr + 4 000 kr, avrundat till hela kronor", -1m, 529_000m, 0.25m, -529_000m),
            new InvoiceDocumentLine("Ersättning för utlägg vid studieresan till Övertorneå och Haparanda, 2026-05-12–2026-05-14", -3m, 12_345.67m, 0.25m, -37_037.01m),
        ],
        NetAmount = -566_037.01m,
        VatAmount = -141_509.25m,
        Total = -707_546.26m,
    };

    /// <summary>An invoice with more lines than one page holds.</summary>
    public static InvoiceDocument LongInvoice(string language = "sv")
    {
        var lines = Enumerable.Range(1, 60)
            .Select(i => new InvoiceDocumentLine($"Utbildningsdag {i}, Ekokommunernas hållbarhetsskola med mat och material", 2m, 1_500m, 0.25m, 3_000m))
            .ToList();
        return SwedishInvoice() with
        {
            Number = 1100,
            Lines = lines,
            NetAmount = 180_000m,
            VatAmount = 45_000m,
            Total = 225_000m,
            VatExemptionNote = null,
            Language = language,
        };
    }
}
