using Microsoft.AspNetCore.HttpLogging;
using Serilog;

namespace Ecomuna.Web.Infrastructure;

internal static class LoggingRegistration
{
    /// <summary>Serilog from the "Serilog" section (console by default; add a File sink to roll files), and one log line per request.</summary>
    public static void AddEcomunaLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);

        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
    }
}
