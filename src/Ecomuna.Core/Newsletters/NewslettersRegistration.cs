using Ecomuna.Core.Background;
using Ecomuna.Web.Infrastructure.Jobs;
using Ecomuna.Web.Infrastructure.Newsletters;

namespace Ecomuna.Web.Infrastructure;

internal static class NewslettersRegistration
{
    public static void AddEcomunaNewsletters(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NewsletterLinks>();
        builder.Services.AddScoped<NewsletterMail>();
        builder.Services.AddScoped<NewsletterDispatch>();
        builder.Services.AddScoped<IScheduledJob, NewsletterJob>();
    }
}
