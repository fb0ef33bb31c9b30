namespace Ecomuna.Core.Events;

/// <summary>Texts of the event calendar, the registration for events and its mails; the texts are in the .sv.resx and .en.resx files beside this marker.</summary>
public sealed class EventsResource;
