using System.Runtime.CompilerServices;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>Settings for every app the tests start, in-process or as a process of its own.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// An app watches its settings files for changes with one inotify instance each, and Linux allows a user 128 of
    /// them by default; the tests start hundreds of apps, many at once. Their settings never change while they run.
    /// </summary>
#pragma warning disable CA2255 // A module initializer is the one place that runs before any test's app is built.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void DoNotWatchSettingsFiles() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
