using System.Diagnostics;
using Ecomuna.Bench;
using Npgsql;

// The benchmark's data generator: fills an empty, migrated PostgreSQL database with a network of the size the
// benchmark asks for, using binary COPY so that it takes a minute or two, not hours.
//   dotnet Ecomuna.Bench.dll generate --connection "Host=...;Database=...;Username=..." [--quick]
// The newsletter send rate against a local SMTP server (see NewsletterSendRate):
//   dotnet Ecomuna.Bench.dll newsletter --connection "..." --smtp-port PORT --count 100000 --connections 4
if (args.Length > 0 && args[0] == "newsletter" && Option(args, "--connection") is { } newsletterConnection && Option(args, "--smtp-port") is { } smtpPort)
{
    var result = await NewsletterSendRate.RunAsync(newsletterConnection, int.Parse(smtpPort), int.Parse(Option(args, "--count") ?? "100000"), int.Parse(Option(args, "--connections") ?? "4"));
    Console.WriteLine(FormattableString.Invariant($"NEWSLETTER count={result.Count} connections={result.Connections} expand_s={result.ExpandSeconds:F1} outbox_rate={result.OutboxPerSecond:F0} plain_rate={result.PlainPerSecond:F0} plain1_rate={result.PlainOneConnectionPerSecond:F0}"));
    return 0;
}

if (args.Length == 0 || args[0] != "generate" || Option(args, "--connection") is not { } connectionString)
{
    Console.Error.WriteLine("Usage: Ecomuna.Bench generate --connection CONNECTION_STRING [--quick]");
    Console.Error.WriteLine("       Ecomuna.Bench newsletter --connection CONNECTION_STRING --smtp-port PORT [--count N] [--connections N]");
    return 2;
}

var scale = args.Contains("--quick") ? Scale.Quick : Scale.Full;
var clock = Stopwatch.StartNew();
await using var connection = new NpgsqlConnection(connectionString);
await connection.OpenAsync();
var counts = await new Generator(connection, scale).RunAsync();
foreach (var (table, count) in counts)
{
    Console.WriteLine($"{table,-22} {count,9:N0}");
}

Console.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:F1} s");
return 0;

static string? Option(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
