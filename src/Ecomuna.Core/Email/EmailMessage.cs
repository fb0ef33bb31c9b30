namespace Ecomuna.Core.Email;

/// <summary>One email with both an HTML and a plain-text body.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);
