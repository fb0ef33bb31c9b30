using System.Diagnostics;
using Ecomuna.IntegrationTests.Operations;

namespace Ecomuna.IntegrationTests.Security;

/// <summary>
/// The judgement of <see cref="SqlmapTests"/> on a page that is injectable on purpose (a small Python server that
/// concatenates its parameter into SQL): it must report the injection, or the scan of the portal proves nothing.
/// </summary>
[Trait("Category", "Sqlmap")]
public sealed class SqlmapCanaryTests
{
    [Fact]
    public async Task Judge_OfAScanOfAnInjectablePage_ReportsTheInjection()
    {
        var sqlmap = SqlmapTests.FindSqlmap();
        var start = new ProcessStartInfo("python3", Path.Combine(AppContext.BaseDirectory, "Security", "injectable_server.py"))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var server = Process.Start(start)!;
        var folder = Directory.CreateTempSubdirectory("ecomuna-sqlmap-canary-").FullName;
        try
        {
            var port = await server.StandardOutput.ReadLineAsync();
            Assert.False(string.IsNullOrEmpty(port), "The injectable test server did not start.");
            var target = new SqlmapTests.Target("canary", "/?q=1", 1, ["q"], Dbms: "SQLite");

            var (exitCode, log) = await Tools.RunAsync(sqlmap, SqlmapTests.Arguments(target, $"http://127.0.0.1:{port}", folder, ""), timeout: TimeSpan.FromMinutes(3));
            var problems = SqlmapTests.Judge(target, exitCode, log, folder);

            Assert.Contains(problems, p => p.StartsWith("INJECTION FOUND", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("GET parameter 'q' was not tested to the end", StringComparison.Ordinal));
        }
        finally
        {
            server.Kill();
            Directory.Delete(folder, recursive: true);
        }
    }
}
