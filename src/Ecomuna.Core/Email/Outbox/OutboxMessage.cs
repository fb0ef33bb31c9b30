namespace Ecomuna.Core.Email.Outbox;

public enum OutboxStatus
{
    Queued = 1,
    Sending = 2,
    Sent = 3,
    Failed = 4,
}

public enum EmailKind
{
    /// <summary>Mail a person asked for or must get (password reset, invoice); never held back by suppression.</summary>
    Transactional = 1,

    /// <summary>Mail sent to many on the association's initiative (reminders, newsletters); not sent to suppressed addresses.</summary>
    Bulk = 2,
}

/// <summary>
/// An email waiting to be sent, being sent, sent or given up on. It is written in the same transaction as the change
/// that causes it, and the background sender delivers it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";

    /// <summary>Extra headers as JSON (name to value).</summary>
    public string? Headers { get; set; }

    public EmailKind Kind { get; set; } = EmailKind.Transactional;
    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>The sender pass that has claimed the message, and until when; an expired lease lets another pass take it.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }

    public string? LastError { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>The newsletter this message is one copy of, if any.</summary>
    public int? NewsletterId { get; set; }

    public List<OutboxAttachment> Attachments { get; } = [];
}

public sealed class OutboxAttachment
{
    public long Id { get; set; }
    public long OutboxMessageId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>An address that answered with a permanent failure; bulk mail is not sent to it.</summary>
public sealed class EmailSuppression
{
    public string Address { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The one row of switches the secretariat sets for the background sender.</summary>
public sealed class OutboxSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public bool Paused { get; set; }
    public DateTime? ChangedAtUtc { get; set; }
    public string? ChangedBy { get; set; }
}
