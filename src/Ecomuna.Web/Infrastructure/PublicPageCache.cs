using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Ecomuna.Web.Infrastructure;

/// <summary>
/// Whole public pages are kept in memory for anonymous visitors, one copy per address (with its query) and language,
/// and forgotten as soon as this instance saves data they show; changes made by another instance show at the latest
/// after <see cref="PublicPageCacheOptions.Duration"/>. Signed-in users, requests that carry a status message and
/// responses that set a cookie are never cached. A page takes part with
/// <c>[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicPageCache.Members, ...])]</c>, naming the kinds
/// of data it shows.
/// </summary>
internal static class PublicPageCache
{
    public const string Policy = "PublicPage";

    /// <summary>
    /// The admin's busiest lists, kept per browser session (its login and antiforgery cookies), address and language,
    /// evicted by the same tags. Their form handlers (the audited CSV downloads) are never served from the cache.
    /// </summary>
    public const string SignedInPolicy = "SignedInPage";

    // One tag per kind of data; a save evicts the tags of the entities it changes, found by their namespace.
    public const string Members = "data:members";
    public const string Examples = "data:examples";
    public const string Events = "data:events";
    public const string Indicators = "data:indicators";
    public const string Site = "data:site";
    /// <summary>No page is cached with this tag; the admin's invoice figures in <see cref="DataCache"/> are.</summary>
    public const string Invoicing = "data:invoicing";

    private static readonly Dictionary<string, string> TagByNamespace = new(StringComparer.Ordinal)
    {
        ["Ecomuna.Core.Members"] = Members,
        ["Ecomuna.Core.Governance"] = Members,
        ["Ecomuna.Core.Network"] = Members,
        ["Ecomuna.Core.Commitments"] = Members,
        ["Ecomuna.Core.Examples"] = Examples,
        ["Ecomuna.Core.Events"] = Events,
        ["Ecomuna.Core.KeyIndicators"] = Indicators,
        ["Ecomuna.Core.Site"] = Site,
        ["Ecomuna.Core.Invoicing"] = Invoicing,
    };

    public static string? TagOf(Type entityType) =>
        entityType.Namespace is { } name && TagByNamespace.TryGetValue(name, out var tag) ? tag : null;

    public static void AddEcomunaPublicPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicPageCacheOptions>().Bind(builder.Configuration.GetSection(PublicPageCacheOptions.Section));
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, new PagePolicy(signedIn: false));
            options.AddPolicy(SignedInPolicy, new PagePolicy(signedIn: true));
            // The pages are small; this bounds the memory they may take.
            options.SizeLimit = 64L * 1024 * 1024;
        });
        builder.Services.AddSingleton<CookieTempDataProvider>();
        builder.Services.AddSingleton<ITempDataProvider, CachableTempDataProvider>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DataCache>();
        builder.Services.AddSingleton<PublicDataWatcher>();
        builder.Services.ConfigureDbContext<EcomunaDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<PublicDataWatcher>()));
    }

    /// <summary>Anonymous visitors' copies of public pages, or (<paramref name="signedIn"/>) a signed-in session's own copies.</summary>
    private sealed class PagePolicy(bool signedIn) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var options = http.RequestServices.GetRequiredService<IOptions<PublicPageCacheOptions>>().Value;
            var request = http.Request;
            var visitorFits = signedIn
                ? http.User.Identity?.IsAuthenticated == true && !request.Query.ContainsKey("handler")
                : http.User.Identity?.IsAuthenticated != true && string.IsNullOrEmpty(request.Headers.Authorization);
            var cacheable = options.Enabled
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && visitorFits
                // A status message kept for the next page must be shown to this visitor, not a copy without it.
                && !HasStatusMessage(http);

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = options.Duration;
            context.CacheVaryByRules.QueryKeys = "*";
            var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
            context.CacheVaryByRules.VaryByValues["culture"] = culture;
            if (signedIn)
            {
                // The page holds antiforgery tokens bound to this session's cookies, so a copy serves this session only.
                context.CacheVaryByRules.VaryByValues["user"] = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
                context.CacheVaryByRules.VaryByValues["session"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Headers.Cookie.ToString())));
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // A response that sets a cookie (an antiforgery token, a sign-in) belongs to one visitor only.
            if (response.StatusCode != StatusCodes.Status200OK || !string.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }

    private static bool HasStatusMessage(HttpContext http)
    {
        var name = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name
            ?? CookieTempDataProvider.CookieName;
        return http.Request.Cookies.Keys.Any(key => key.StartsWith(name, StringComparison.Ordinal));
    }
}

public sealed class PublicPageCacheOptions
{
    public const string Section = "PublicPageCache";

    /// <summary>Whether anonymous visitors get cached copies of the public pages, and admins of their lists.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a copy is kept at most: the delay before another instance's changes show.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Evicts the cached pages and figures that show the kinds of data a save changes: after the save, and again when the transaction
/// it is part of commits, so that a page cached in between from the old data does not stay.
/// </summary>
internal sealed class PublicDataWatcher(IOutputCacheStore store, DataCache data) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict(eventData.Context, committed: false).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Evict(eventData.Context, committed: false);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Evict(eventData.Context, committed: true).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Evict(eventData.Context, committed: true).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && PublicPageCache.TagOf(entry.Metadata.ClrType) is { } tag)
            {
                lock (_pending)
                {
                    _pending.GetOrCreateValue(context).Add(tag);
                }
            }
        }
    }

    private async ValueTask Evict(DbContext? context, bool committed)
    {
        if (context is null)
        {
            return;
        }

        string[] tags;
        lock (_pending)
        {
            if (!_pending.TryGetValue(context, out var pending) || pending.Count == 0)
            {
                return;
            }

            tags = [.. pending];
            // Inside a transaction the tags are kept for its commit; otherwise the save was the commit.
            if (committed || context.Database.CurrentTransaction is null)
            {
                _pending.Remove(context);
            }
        }

        foreach (var tag in tags)
        {
            data.Changed(tag);
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            lock (_pending)
            {
                _pending.Remove(context);
            }
        }
    }
}

/// <summary>
/// The cookie temp-data provider deletes its cookie on every response that read temp data (the layout reads the status
/// message), even when the visitor has no such cookie. That needless Set-Cookie would keep every page from being
/// cached, so it is left out when there is nothing to delete.
/// </summary>
internal sealed class CachableTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
        if (values is not { Count: > 0 } && !context.Request.Cookies.Keys.Any(key => key.StartsWith(name, StringComparison.Ordinal)))
        {
            return;
        }

        cookies.SaveTempData(context, values);
    }
}
