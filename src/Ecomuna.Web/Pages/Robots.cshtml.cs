using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages;

/// <summary>Tells crawlers to keep out of the signed-in parts and where the sitemap is.</summary>
[AllowAnonymous]
public sealed class RobotsModel : PageModel
{
    public IActionResult OnGet() => Content(
        $"""
        User-agent: *
        Disallow: /Admin
        Disallow: /Account
        Disallow: /Organisation

        Sitemap: {SiteUrls.Absolute(Request, "/sitemap.xml")}

        """,
        "text/plain; charset=utf-8");
}
