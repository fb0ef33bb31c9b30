using Microsoft.AspNetCore.Http;

namespace Ecomuna.Web.Pages.Site;

/// <summary>Absolute addresses for feeds, the sitemap and Open Graph tags.</summary>
public static class SiteUrls
{
    public static string Base(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static string Absolute(HttpRequest request, string path) => Base(request) + path;
}
