namespace Ecomuna.Web.Pages.Join;

[AllowAnonymous]
public sealed class ThanksModel : PageModel
{
    /// <summary>Thanks for a network sign-up rather than a membership application.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Network { get; set; }

    public void OnGet()
    {
    }
}
