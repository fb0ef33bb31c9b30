using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Email;

public enum EmailDelivery
{
    /// <summary>Write each message as an .eml file into a folder (the embedded default).</summary>
    PickupFolder,

    /// <summary>Send through an SMTP server.</summary>
    Smtp,
}

/// <summary>Bound from the "Email" configuration section.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    [Required(ErrorMessage = "Email:FromAddress (env Email__FromAddress) must be set to the sender address, e.g. kansliet@example.org.")]
    [EmailAddress(ErrorMessage = "Email:FromAddress (env Email__FromAddress) is not a valid email address.")]
    public string FromAddress { get; set; } = "noreply@ecomuna.local";

    public string FromName { get; set; } = "Ecomuna";

    /// <summary>Folder for .eml files when Delivery is PickupFolder; relative paths are under the data folder.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "Email:SmtpPort (env Email__SmtpPort) must be a port number between 1 and 65535.")]
    public int SmtpPort { get; set; } = 25;

    /// <summary>Use STARTTLS/TLS to the SMTP server.</summary>
    public bool SmtpUseTls { get; set; }

    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult(
                "Email:Delivery is Smtp but Email:SmtpHost (env Email__SmtpHost) is empty. Set the SMTP server's host name.",
                [nameof(SmtpHost)]);
        }
    }
}
