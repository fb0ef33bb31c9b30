using System.Diagnostics;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Runs shell commands once the test process has ended, however it ends (the test host may be killed rather
/// than exit), so throwaway servers and folders never outlive the run.
/// </summary>
public static class CleanUp
{
    public static void AfterTestRun(string shellCommands)
    {
        var script = $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; {shellCommands}";
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        Process.Start(start)?.Dispose();
    }
}
