using Microsoft.Extensions.Hosting;
using Ecomuna.Core.Background;

namespace Ecomuna.Core.Newsletters;

internal static class NewslettersRegistration
{
    public static void AddEcomunaNewsletters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NewsletterLinks>();
        builder.Services.AddScoped<NewsletterMail>();
        builder.Services.AddScoped<NewsletterDispatch>();
        builder.Services.AddScoped<IScheduledJob, NewsletterJob>();
    }
}
