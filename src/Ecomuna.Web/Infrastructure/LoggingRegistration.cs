using Microsoft.AspNetCore.HttpLogging;
using Serilog;

namespace Ecomuna.Web.Infrastructure;

internal static class LoggingRegistration
{
    /// <summary>
    /// Serilog from the "Serilog" section (console by default) plus a daily rolling file when "LogFile" names a path,
    /// and one log line per request (method, path without the query string, status, duration).
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

        // The framework's "Request starting/finished" lines hold the full address with its query string, and so the
        // tokens of emailed links (password reset, email confirmation, invitations, event cancellation). They are
        // never written, whatever the configured levels; HTTP logging below gives one line per request without the query.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
    }
}
