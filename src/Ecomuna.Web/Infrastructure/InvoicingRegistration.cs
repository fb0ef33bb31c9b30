using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Infrastructure;

internal static class InvoicingRegistration
{
    public static void AddEcomunaInvoicing(this WebApplicationBuilder builder)
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
        builder.Services.AddScoped<PaymentImport>();
        builder.Services.AddSingleton<BackgroundWork>();
        builder.Services.AddHostedService<BackgroundWorkService>();
    }
}
