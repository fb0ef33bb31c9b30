using System.Net;
using System.Net.Sockets;
using System.Text;
using Ecomuna.Core.Email;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Ecomuna.IntegrationTests.Email;

public sealed class SmtpTransportTests
{
    [Fact]
    public async Task Send_ToARealSmtpServer_DeliversHtmlAndTextWithUtf8Subject()
    {
        using var server = new SmtpSink();
        var transport = new SmtpEmailTransport(Options.Create(new EmailOptions
        {
            Delivery = EmailDelivery.Smtp,
            SmtpHost = "127.0.0.1",
            SmtpPort = server.Port,
            FromAddress = "kansliet@example.org",
            FromName = "Kansliet",
        }));

        await transport.SendAsync(new EmailMessage("kontakt@example.org", "Välkommen till årsmötet", "<p>Hej <b>Åsa</b></p>", "Hej Åsa"));

        var received = await server.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("<kansliet@example.org>", received.From);
        Assert.Equal("<kontakt@example.org>", received.To);
        var mail = SentMail.Parse(received.Data);
        Assert.Equal("Välkommen till årsmötet", mail.Subject);
        Assert.Equal("Hej Åsa", mail.Text.Trim());
        Assert.Contains("Content-Type: text/html", received.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ToThePickupFolder_WritesOneEmlFile()
    {
        var folder = Directory.CreateTempSubdirectory("ecomuna-pickup-").FullName;
        try
        {
            var transport = new PickupFolderEmailTransport(Options.Create(new EmailOptions { PickupDirectory = folder }));

            await transport.SendAsync(new EmailMessage("kontakt@example.org", "Återställ lösenordet", "<p>Länk</p>", "Länk: https://example.org/x"));

            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            var mail = SentMail.Parse(await File.ReadAllTextAsync(file));
            Assert.Equal("Återställ lösenordet", mail.Subject);
            Assert.Equal("https://example.org/x", mail.FirstLink());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Just enough of an SMTP server on loopback to accept one message.</summary>
    private sealed class SmtpSink : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public SmtpSink()
        {
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public TaskCompletionSource<(string From, string To, string Data)> Received { get; } = new();

        private async Task ServeAsync()
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync();
                using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost ready");
                string from = "", to = "";
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                    }
                    else if (line.StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase))
                    {
                        from = line[10..].Trim().Split(' ')[0];
                        await writer.WriteLineAsync("250 OK");
                    }
                    else if (line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase))
                    {
                        to = line[8..].Trim();
                        await writer.WriteLineAsync("250 OK");
                    }
                    else if (line.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine).Append("\r\n");
                        }

                        await writer.WriteLineAsync("250 OK queued");
                        Received.TrySetResult((from, to, data.ToString()));
                    }
                    else if (line.Equals("QUIT", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("221 Bye");
                        break;
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 OK");
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                Received.TrySetException(e);
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
