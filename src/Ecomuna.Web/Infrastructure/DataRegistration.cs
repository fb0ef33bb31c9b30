using Ecomuna.Core.Demo;
using Ecomuna.Core.Site;

namespace Ecomuna.Web.Infrastructure;

internal static class DataRegistration
{
    /// <summary>The request side of the data: who makes a change and from where, demo data, and the database health check.</summary>
    public static void AddEcomunaData(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IChangeAuthor, SignedInChangeAuthor>();
        builder.Services.AddScoped<Ecomuna.Core.Audit.IAuditContext, HttpAuditContext>();
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddHealthChecks().AddDbContextCheck<EcomunaDbContext>("database");
    }

    /// <summary>Migrates and loads demo data at start when configured (both on by default for the embedded SQLite database).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        if (options.ShouldMigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
            await app.Services.EnsureSiteContentAsync();
        }

        if (options.ShouldSeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    /// <summary>
    /// The site's own pages (about, principles, accessibility, privacy) exist from the first start. In a scope of its
    /// own, so that what it tracks never changes the order in which demo data is written after it.
    /// </summary>
    public static async Task EnsureSiteContentAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await SiteContent.EnsureDefaultsAsync(
            scope.ServiceProvider.GetRequiredService<EcomunaDbContext>(), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
    }
}
