using Microsoft.Extensions.Configuration;

namespace Ecomuna.Core.Data;

/// <summary>The folder for the embedded database, the mail pickup folder, logs and keys.</summary>
public static class DataDirectory
{
    /// <summary>Resolves the "DataDirectory" setting (default "data") against the content root and creates it.</summary>
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = Path.GetFullPath(configuration["DataDirectory"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }
}
