using System.Net.Mail;

namespace Ecomuna.Core.Email;

/// <summary>Writes each message as an .eml file into a folder, for the embedded default and for tests.</summary>
public sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory),
        };
        using var mail = MailMessageFactory.Create(message, settings);
        await client.SendMailAsync(mail, ct);
    }
}
