using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (Email/smtp_test_server.py, on aiosmtpd) that records what it accepts and can
/// refuse chosen addresses with 4xx or 5xx. It can be stopped and started again on the same port, as a mail server
/// that goes down and comes back.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ecomuna-smtp-").FullName;
    private Process? _process;

    public SmtpTestServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        SetRules(permanent: [], temporary: new Dictionary<string, int>());
        Start();
    }

    public int Port { get; }

    private string LogFile => Path.Combine(_folder, "received.jsonl");
    private string RulesFile => Path.Combine(_folder, "rules.json");

    public sealed record Received(string To, string Subject, string Id);

    /// <summary>Refuse <paramref name="permanent"/> with 550 always, and each address in <paramref name="temporary"/> with 451 that many times (-1: always).</summary>
    public void SetRules(IEnumerable<string> permanent, IReadOnlyDictionary<string, int> temporary) =>
        File.WriteAllText(RulesFile, JsonSerializer.Serialize(new { permanent = permanent.ToArray(), temporary }));

    public void Start()
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Email", "smtp_test_server.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture), LogFile, RulesFile })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(30)) || ready.Result != "READY")
        {
            var error = _process.StandardError.ReadToEnd();
            _process.Kill();
            throw new InvalidOperationException(
                $"The test SMTP server did not start. It needs Python's aiosmtpd (apt-get install python3-aiosmtpd).\n{error}");
        }
    }

    /// <summary>Stops the server; connections to its port are refused until <see cref="Start"/>.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public IReadOnlyList<Received> ReceivedMail()
    {
        if (!File.Exists(LogFile))
        {
            return [];
        }

        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var mail = new List<Received>();
        while (reader.ReadLine() is { } line)
        {
            if (line.EndsWith('}'))
            {
                var record = JsonSerializer.Deserialize<JsonElement>(line);
                mail.Add(new Received(record.GetProperty("to").GetString()!, record.GetProperty("subject").GetString()!, record.GetProperty("id").GetString()!));
            }
        }

        return mail;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan timeout, Func<bool>? stillWorth = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var mail = ReceivedMail();
            if (mail.Count >= count || clock.Elapsed > timeout || stillWorth?.Invoke() == false)
            {
                return mail;
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }
}
