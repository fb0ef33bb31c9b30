using Ecomuna.Core.Background;

namespace Ecomuna.Core.Invoicing;

public static class InvoicingRegistration
{
    /// <summary>Fees, invoices and their PDFs and mail, incoming payments and the daily invoice reminders.</summary>
    public static void AddInvoicing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AssociationOptions>()
            .Bind(builder.Configuration.GetSection(AssociationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<InvoicingOptions>()
            .Bind(builder.Configuration.GetSection(InvoicingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<InvoiceRun>();
        builder.Services.AddScoped<InvoiceDocuments>();
        builder.Services.AddScoped<InvoiceMail>();
        builder.Services.AddScoped<PaymentImport>();
        builder.Services.AddScoped<IScheduledJob, InvoiceReminderJob>();

        // PDFsharp 6.5 is dual-licensed: a purchased key, or else the AGPL-3.0 (see docs/operations.md).
        var pdfLicenceKey = builder.Configuration["Invoicing:PdfLicenseKey"];
        if (string.IsNullOrWhiteSpace(pdfLicenceKey))
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharp.PdfSharpLicense.LoadLicense(pdfLicenceKey);
        }
    }
}
