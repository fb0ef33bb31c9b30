namespace Ecomuna.Core.Events;

/// <summary>
/// The one place an event's seats change: takes and gives back seats, and sets the number of seats, each with a single
/// conditional update, so concurrent registrations and edits on any database never take more seats than the event has.
/// </summary>
public static class EventSeats
{
    /// <summary>Takes one seat if one is free; false when the event is full.</summary>
    public static async Task<bool> TryTakeAsync(EcomunaDbContext db, int eventId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var taken = await db.Events
            .Where(e => e.Id == eventId && (e.Capacity == null || e.ConfirmedCount < e.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount + 1), ct);
        return taken == 1;
    }

    public static async Task GiveBackAsync(EcomunaDbContext db, int eventId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Events
            .Where(e => e.Id == eventId && e.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
    }

    /// <summary>
    /// Sets the event's seats (null: no limit), unless registrations confirmed meanwhile already take more; false then,
    /// and nothing changes (the rule of <see cref="CalendarEvent.CanHaveCapacity"/>).
    /// </summary>
    public static async Task<bool> TrySetCapacityAsync(EcomunaDbContext db, int eventId, int? capacity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var set = await db.Events
            .Where(e => e.Id == eventId && (capacity == null || e.ConfirmedCount <= capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, capacity), ct);
        return set == 1;
    }
}
