namespace Ecomuna.Core.Email;

/// <summary>One email with both an HTML and a plain-text body, and any files attached.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Extra headers, for example List-Unsubscribe on bulk mail.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
