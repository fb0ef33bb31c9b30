using System.Net.Mail;
using System.Net.Sockets;

namespace Ecomuna.Core.Email.Outbox;

public enum SendFailureKind
{
    /// <summary>The mail server could not be reached (refused, timed out, closed, pickup folder unwritable): nothing is wrong with the message.</summary>
    Unreachable,

    /// <summary>The server answered 4xx for this message: try again later.</summary>
    Temporary,

    /// <summary>The server answered 5xx: the address or message is refused for good.</summary>
    Permanent,
}

public static class SendFailure
{
    public static SendFailureKind Classify(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is SmtpException smtp)
        {
            var code = (int)smtp.StatusCode;
            if (smtp is SmtpFailedRecipientsException many && many.InnerExceptions.Length > 0)
            {
                code = (int)many.InnerExceptions[0].StatusCode;
            }

            // 421 means the server is closing the connection: a server problem, not this message's.
            return code switch
            {
                421 => SendFailureKind.Unreachable,
                >= 500 and < 600 => SendFailureKind.Permanent,
                >= 400 and < 500 => SendFailureKind.Temporary,
                _ => SendFailureKind.Unreachable,
            };
        }

        return error is SocketException or IOException or TimeoutException or UnauthorizedAccessException or OperationCanceledException
            ? SendFailureKind.Unreachable
            : SendFailureKind.Temporary;
    }

    /// <summary>A short reason for the outbox page, without stack traces.</summary>
    public static string Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = error.InnerException is { } inner && error is SmtpException { StatusCode: SmtpStatusCode.GeneralFailure }
            ? $"{error.Message} ({inner.Message})"
            : error is SmtpException smtp ? $"{(int)smtp.StatusCode} {error.Message}" : error.Message;
        return text.Length > 1000 ? text[..1000] : text;
    }
}
