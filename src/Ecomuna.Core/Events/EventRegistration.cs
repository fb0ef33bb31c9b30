namespace Ecomuna.Core.Events;

public enum RegistrationStatus
{
    /// <summary>A guest who has not yet confirmed their email address; holds no seat.</summary>
    Unconfirmed = 1,
    Confirmed = 2,

    /// <summary>On the waiting list; moves up in the order of registration (by id) when a seat frees.</summary>
    Waiting = 3,
    Cancelled = 4,
}

/// <summary>One person's registration for an event: a contact person, a colleague they registered, a network member or a guest.</summary>
public sealed class EventRegistration
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public RegistrationStatus Status { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    /// <summary>Trimmed and in lower case, so one address can hold only one active registration per event.</summary>
    public string Email { get; set; } = "";
    public string? Organisation { get; set; }

    /// <summary>Where the fee invoice of a guest or network member goes, several lines.</summary>
    public string? InvoiceAddress { get; set; }

    /// <summary>The interface language ("sv" or "en") when the person registered; later mails to them are in it.</summary>
    public string? Language { get; set; }

    /// <summary>The member organisation the person came through, when a contact person registered.</summary>
    public int? MemberId { get; set; }
    public int? ContactPersonId { get; set; }

    /// <summary>The account of the person registered, when they have one.</summary>
    public string? UserId { get; set; }

    /// <summary>Who made the registration (a contact person registering colleagues), when signed in.</summary>
    public string? RegisteredByUserId { get; set; }

    public PriceCategory PriceCategory { get; set; }
    public decimal Price { get; set; }

    public string? DietaryNeeds { get; set; }
    public string? AccessibilityNeeds { get; set; }

    public DateTime RegisteredAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    public DateTime? CheckedInAtUtc { get; set; }

    /// <summary>The invoice a paid registration was charged on, and the person's line on it.</summary>
    public int? InvoiceId { get; set; }
    public Invoicing.Invoice? Invoice { get; set; }
    public int? InvoiceLineId { get; set; }
    public Invoicing.InvoiceLine? InvoiceLine { get; set; }

    /// <summary>Secret in the confirmation and cancel links, so a guest can act without an account.</summary>
    public string AccessToken { get; set; } = "";

    public string FullName => $"{FirstName} {LastName}";
}
