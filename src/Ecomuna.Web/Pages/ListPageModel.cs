namespace Ecomuna.Web.Pages;

/// <summary>
/// A page that shows one list: the query parameters every list shares (search words, sort column and direction,
/// page number), bound from the address so a filtered, sorted page can be bookmarked and shared.
/// </summary>
public abstract class ListPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;
}
