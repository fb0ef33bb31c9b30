using Microsoft.AspNetCore.HttpLogging;
using Serilog;

namespace Ecomuna.Web.Infrastructure;

internal static class LoggingRegistration
{
    /// <summary>
    /// Serilog from the "Serilog" section (console by default) plus a daily rolling file when "LogFile" names a path,
    /// and one log line per request.
    /// </summary>
    public static void AddEcomunaLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        var logFile = builder.Configuration["LogFile"];
        if (!string.IsNullOrWhiteSpace(logFile))
        {
            configuration.WriteTo.File(
                Path.GetFullPath(logFile, builder.Environment.ContentRootPath),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        var logger = configuration.CreateLogger();
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
