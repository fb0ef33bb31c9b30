using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ecomuna.Web.Pages.Join;

[AllowAnonymous]
public sealed class ThanksModel : PageModel
{
    public void OnGet()
    {
    }
}
