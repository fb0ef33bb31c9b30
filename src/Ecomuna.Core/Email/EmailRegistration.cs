using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Members;
using Microsoft.Extensions.Hosting;
using Ecomuna.Core.Email;
using Microsoft.Extensions.Options;

namespace Ecomuna.Core.Email;

internal static class EmailRegistration
{
    public static void AddEcomunaEmail(this IHostApplicationBuilder builder)
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
        builder.Services.AddScoped<InvitationMail>();
        builder.Services.AddScoped<ChangeRequestMail>();
        builder.Services.AddScoped<EventMail>();
        builder.Services.AddScoped<ExampleMail>();
    }
}
