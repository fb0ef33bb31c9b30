using Ecomuna.Core.Audit;
using Ecomuna.Core.Members;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecomuna.Core.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// The database named by the "Database" section (by default SQLite in the data directory), the clock, and the
    /// shared schema's context and migrator.
    /// </summary>
    public static void AddData(this IHostApplicationBuilder builder)
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
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Calendar.SwedishTime>();
        builder.Services.AddEcomunaDatabase();
    }

    /// <summary>Registers <see cref="EcomunaDbContext"/> on the provider named by <see cref="DatabaseOptions"/>, and the schema migrator.</summary>
    public static IServiceCollection AddEcomunaDatabase(this IServiceCollection services)
    {
        services.AddDbContext<EcomunaDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            UseProvider(options, database.Provider, database.ConnectionString!);
            options.AddInterceptors(provider.GetRequiredService<ChangeHistoryInterceptor>());
        });
        services.AddScoped<ChangeHistoryInterceptor>();
        services.TryAddScoped<IChangeAuthor, SystemChangeAuthor>();
        services.TryAddScoped<IAuditContext, SystemAuditContext>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            _ => options.UseSqlite(connectionString).AddInterceptors(new SqliteUnicodeCase()),
        };
}
