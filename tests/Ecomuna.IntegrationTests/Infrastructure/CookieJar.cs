using System.Collections.Concurrent;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps the cookies a server sets and sends them all back, also over plain http (the portal's __Host- cookies are
/// Secure, which HttpClient's own cookie handling keeps to https). Tests use it to hand a login cookie to another
/// client (a tool such as sqlmap, or a later copy of the portal).
/// </summary>
public sealed class CookieJar : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>The cookies as a Cookie request header: <c>name=value; name=value</c>.</summary>
    public string Header => string.Join("; ", _cookies.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));

    public string? this[string name] => _cookies.TryGetValue(name, out var value) ? value : null;

    public void Set(string name, string value) => _cookies[name] = value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_cookies.IsEmpty)
        {
            request.Headers.Remove("Cookie");
            request.Headers.TryAddWithoutValidation("Cookie", Header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var name = pair[..equals].Trim();
                var value = pair[(equals + 1)..].Trim();
                var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || value.Length == 0;
                if (expired)
                {
                    _cookies.TryRemove(name, out _);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }
}
