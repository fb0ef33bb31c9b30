using Ecomuna.Core.Background;

namespace Ecomuna.Core.Newsletters;

public static class NewslettersRegistration
{
    /// <summary>Newsletter mail, its signed links and the job that queues a scheduled newsletter.</summary>
    public static void AddNewsletters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NewsletterLinks>();
        builder.Services.AddScoped<NewsletterMail>();
        builder.Services.AddScoped<NewsletterDispatch>();
        builder.Services.AddScoped<IScheduledJob, NewsletterJob>();
    }
}
