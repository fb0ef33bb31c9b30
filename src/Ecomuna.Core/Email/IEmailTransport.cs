namespace Ecomuna.Core.Email;

/// <summary>Hands a message to the mail system. Replace this one class to change the mail library.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
