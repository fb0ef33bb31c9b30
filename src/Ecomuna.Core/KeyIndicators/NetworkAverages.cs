using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecomuna.Core.KeyIndicators;

/// <summary>
/// The network's average of every indicator in every year, over the submitted values. Every member's trends page shows
/// the same averages, and computing them reads every submitted value, so they are kept in memory: computed once, again
/// after this process saves any key-indicator value or report (see <see cref="IndicatorChangeWatcher"/>), and at the
/// latest after <see cref="MaxAge"/>, for changes another instance made.
/// </summary>
public sealed class NetworkAverages(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private sealed record Snapshot(long Version, DateTimeOffset TakenAt, IReadOnlyDictionary<(int IndicatorId, int Year), double> Averages);

    private long _version;
    private Snapshot? _snapshot;

    /// <summary>Averages by indicator and year; a pair is present exactly when some member submitted that value.</summary>
    public async Task<IReadOnlyDictionary<(int IndicatorId, int Year), double>> GetAsync(EcomunaDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = Interlocked.Read(ref _version);
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Version == version && clock.GetUtcNow() - snapshot.TakenAt < MaxAge)
        {
            return snapshot.Averages;
        }

        var averages = await IndicatorReporting.Submitted(db)
            .GroupBy(v => new { v.KeyIndicatorId, v.Year })
            .Select(g => new { g.Key.KeyIndicatorId, g.Key.Year, Average = g.Average(v => v.Value) })
            .ToDictionaryAsync(a => (a.KeyIndicatorId, a.Year), a => a.Average, ct);
        Volatile.Write(ref _snapshot, new Snapshot(version, clock.GetUtcNow(), averages));
        return averages;
    }

    /// <summary>Forgets the averages; the next reader computes them anew.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);
}

/// <summary>Tells <see cref="NetworkAverages"/> when key-indicator values or reports are saved, before and after the save.</summary>
public sealed class IndicatorChangeWatcher(NetworkAverages averages) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Check(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return ValueTask.FromResult(result);
    }

    // After the save the entries are Unchanged again, so the first call remembers on the context that it must also
    // invalidate after the save; invalidating both before and after keeps a reader in between from keeping old values.
    private void Check(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries().Any(e =>
            e.Entity is IndicatorValue or IndicatorReport && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (changed || Pending.Remove(context))
        {
            averages.Invalidate();
            if (changed)
            {
                Pending.AddOrUpdate(context, Marker);
            }
        }
    }

    private static readonly object Marker = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Pending = new();
}
