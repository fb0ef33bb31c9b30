namespace Ecomuna.Core.Email;

/// <summary>One email with both an HTML and a plain-text body, and any files attached.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
