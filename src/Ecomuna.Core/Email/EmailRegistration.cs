using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Core.Email;

public static class EmailRegistration
{
    /// <summary>The mail transport (SMTP or a pickup folder), the shared mail templates and the outbox.</summary>
    public static void AddEmail(this IHostApplicationBuilder builder)
    {
        var dataDirectory = DataDirectory.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<EmailOptions>()
            .Bind(builder.Configuration.GetSection(EmailOptions.Section))
            .PostConfigure(options => options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, dataDirectory))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<IEmailTransport>(services =>
            services.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
                ? ActivatorUtilities.CreateInstance<SmtpEmailTransport>(services)
                : ActivatorUtilities.CreateInstance<PickupFolderEmailTransport>(services));
        builder.Services.AddScoped<EmailTemplates>();

        builder.Services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddScoped<OutboxSender>();
    }
}
