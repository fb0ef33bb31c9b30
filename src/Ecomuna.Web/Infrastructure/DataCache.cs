using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Ecomuna.Web.Infrastructure;

/// <summary>
/// Figures that are expensive to compute and change seldom (filter choices, totals), kept in memory per kind of data
/// (the tags of <see cref="PublicPageCache"/>). A save on this instance that changes that kind of data makes them be
/// computed anew; changes made by another instance show at the latest after a minute.
/// </summary>
public sealed class DataCache(IMemoryCache cache)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public async Task<T> GetOrCreateAsync<T>(string tag, string key, Func<Task<T>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        // The version is read before computing: a value computed while a save happened is kept under the old version,
        // which nobody asks for again.
        var entryKey = (tag, _versions.GetValueOrDefault(tag), key);
        if (cache.TryGetValue(entryKey, out T? value))
        {
            return value!;
        }

        value = await create();
        cache.Set(entryKey, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = 1 });
        return value;
    }

    /// <summary>Forgets what was kept for the tag.</summary>
    public void Changed(string tag) => _versions.AddOrUpdate(tag, 1, (_, version) => version + 1);
}
