using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Events, invoices and members as a test writes them straight into the database: the state each starts in is set
/// here and only here. Save them with <see cref="ScopedDatabase.AddAsync"/>.
/// </summary>
public static class Build
{
    /// <summary>An event of <paramref name="hours"/> hours from <paramref name="startsAtUtc"/>, free unless <see cref="Priced"/>.</summary>
    public static CalendarEvent Event(
        string title, DateTime startsAtUtc, double hours = 1, EventKind kind = EventKind.Webinar, string description = "Test.", string? place = null,
        int? capacity = null, string? onlineLink = null, DateTime? registrationDeadlineUtc = null, DateTime? cancelledAtUtc = null,
        EventAudience audience = EventAudience.Public, bool annualMeeting = false, string? calendarUid = null) => new()
        {
            Kind = kind,
            Title = title,
            Description = description,
            StartsAtUtc = startsAtUtc,
            EndsAtUtc = startsAtUtc.AddHours(hours),
            Place = place,
            Capacity = capacity,
            OnlineLink = onlineLink,
            RegistrationDeadlineUtc = registrationDeadlineUtc,
            CancelledAtUtc = cancelledAtUtc,
            Audience = audience,
            IsAnnualMeeting = annualMeeting,
            CalendarUid = calendarUid ?? CalendarEvent.NewCalendarUid(),
        };

    /// <summary>The event with a fee: by default 1 800 kr for members, 1 200 for the network, 3 200 for others.</summary>
    public static CalendarEvent Priced(this CalendarEvent calendarEvent, decimal member = 1800, decimal networkMember = 1200, decimal nonMember = 3200, decimal vatRate = 0)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        calendarEvent.MemberPrice = member;
        calendarEvent.NetworkMemberPrice = networkMember;
        calendarEvent.NonMemberPrice = nonMember;
        calendarEvent.VatRate = vatRate;
        return calendarEvent;
    }

    /// <summary>A registration for the event, with an access token of its own.</summary>
    public static EventRegistration Registration(
        int eventId, string firstName, string lastName, string email, RegistrationStatus status, DateTime registeredAtUtc,
        PriceCategory priceCategory = default, decimal price = 0, int? memberId = null, DateTime? checkedInAtUtc = null) => new()
        {
            EventId = eventId,
            Status = status,
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            PriceCategory = priceCategory,
            Price = price,
            MemberId = memberId,
            RegisteredAtUtc = registeredAtUtc,
            CheckedInAtUtc = checkedInAtUtc,
            AccessToken = Guid.NewGuid().ToString("N"),
        };

    /// <summary>An invoice of one line of <paramref name="amount"/> to the member, with the OCR reference of its number.</summary>
    public static Invoice Invoice(
        long number, int memberId, string buyerName, DateOnly issued, DateOnly due, decimal amount, DateTimeOffset issuedAt,
        string description = "Test", string buyerAddress = "Stadshuset\n111 11 Staden", string issuedBy = "test", decimal vatRate = 0)
    {
        var invoice = new Invoice
        {
            Number = number,
            MemberId = memberId,
            IssueDate = issued,
            DueDate = due,
            OcrReference = OcrReference.Create(number),
            BuyerName = buyerName,
            BuyerAddress = buyerAddress,
            IssuedAt = issuedAt,
            IssuedBy = issuedBy,
        };
        invoice.SetLines([new InvoiceLine { Description = description, Quantity = 1, UnitPrice = amount, Amount = amount, VatRate = vatRate }]);
        return invoice;
    }

    /// <summary>A payment registered by hand.</summary>
    public static Payment Payment(DateOnly paidOn, decimal amount, DateTimeOffset registeredAt) => new()
    {
        PaidOn = paidOn,
        Amount = amount,
        Source = PaymentSource.Manual,
        RegisteredAt = registeredAt,
        RegisteredBy = "test",
    };

    /// <summary>An active member.</summary>
    public static Member Member(
        string name, MemberKind kind = MemberKind.Municipality, string? county = null, PartOfCountry? partOfCountry = null, DateOnly? memberSince = null,
        MembershipStatus status = MembershipStatus.Active, string? streetAddress = null, string? postalCode = null, string? city = null) => new()
        {
            Name = name,
            Kind = kind,
            County = county,
            PartOfCountry = partOfCountry,
            MemberSince = memberSince,
            Status = status,
            StreetAddress = streetAddress,
            PostalCode = postalCode,
            City = city,
        };
}
