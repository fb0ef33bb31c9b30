namespace Ecomuna.Core.KeyIndicators;

public static class KeyIndicatorsRegistration
{
    /// <summary>Reporting, comparing and importing key indicators, and the network's averages kept in memory.</summary>
    public static void AddKeyIndicators(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IndicatorReporting>();
        builder.Services.AddScoped<IndicatorComparison>();
        builder.Services.AddScoped<IndicatorImport>();

        // The network's indicator averages are kept in memory and forgotten whenever indicator values are saved.
        builder.Services.AddSingleton<NetworkAverages>();
        builder.Services.AddSingleton<IndicatorChangeWatcher>();
        builder.Services.ConfigureDbContext<EcomunaDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<IndicatorChangeWatcher>()));
    }
}
