using Ecomuna.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Core.Events;

/// <summary>
/// Takes and gives back seats with single conditional updates, so concurrent registrations on any database never
/// take more seats than the event has.
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
}
