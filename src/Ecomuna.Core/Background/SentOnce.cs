using Ecomuna.Core.Background;

namespace Ecomuna.Core.Background;

/// <summary>
/// Records that a job's reminder went, in the same SaveChanges as its mail. The (job, key) pair is unique in the
/// database, so when another run or instance got there first the save fails and nothing is sent twice.
/// </summary>
internal static class SentOnce
{
    public static async Task<HashSet<string>> KeysAsync(EcomunaDbContext db, string job, CancellationToken ct) =>
        (await db.SentReminders.Where(r => r.Job == job).Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    public static SentReminder Record(EcomunaDbContext db, string job, string key, DateTime nowUtc)
    {
        var reminder = new SentReminder { Job = job, Key = key, CreatedAtUtc = nowUtc };
        db.SentReminders.Add(reminder);
        return reminder;
    }

    /// <summary>Saves the reminder with its mail; false (and nothing saved) when the key was taken meanwhile.</summary>
    public static async Task<bool> SaveAsync(EcomunaDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
