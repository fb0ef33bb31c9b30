using Ecomuna.Core.Background;
using Microsoft.Extensions.Hosting;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Core.Invoicing;

internal static class InvoicingRegistration
{
    public static void AddEcomunaInvoicing(this IHostApplicationBuilder builder)
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

        // PDFsharp 6.5 is dual-licensed: a purchased key, or else the AGPL-3.0 (see the README).
        var pdfLicenceKey = builder.Configuration["Invoicing:PdfLicenseKey"];
        if (string.IsNullOrWhiteSpace(pdfLicenceKey))
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharp.PdfSharpLicense.LoadLicense(pdfLicenceKey);
        }

        builder.Services.AddScoped<PaymentImport>();
        builder.Services.AddSingleton<BackgroundWork>();
        builder.Services.AddHostedService<BackgroundWorkService>();
    }
}
