using Ecomuna.Core.Data;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Events;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Members;
using Ecomuna.Core.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ecomuna.Web.Infrastructure;

internal static class DataRegistration
{
    public static void AddEcomunaData(this WebApplicationBuilder builder)
    {
        var dataDirectory = DataDirectory.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(options =>
            {
                if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    options.ConnectionString = $"Data Source={Path.Combine(dataDirectory, "ecomuna.db")}";
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IChangeAuthor, SignedInChangeAuthor>();
        builder.Services.AddScoped<Ecomuna.Core.Audit.IAuditContext, HttpAuditContext>();
        builder.Services.AddEcomunaDatabase();
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddScoped<MemberImport>();
        builder.Services.AddScoped<EventRegistrations>();
        builder.Services.AddScoped<IndicatorReporting>();
        builder.Services.AddScoped<IndicatorComparison>();
        builder.Services.AddScoped<IndicatorImport>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Ecomuna.Core.Calendar.SwedishTime>();
        builder.Services.AddHealthChecks().AddDbContextCheck<EcomunaDbContext>("database");

        // The network's indicator averages are kept in memory and forgotten whenever indicator values are saved.
        builder.Services.AddSingleton<NetworkAverages>();
        builder.Services.AddSingleton<IndicatorChangeWatcher>();
        builder.Services.ConfigureDbContext<EcomunaDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<IndicatorChangeWatcher>()));
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
