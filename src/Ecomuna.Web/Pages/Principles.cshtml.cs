using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ecomuna.Web.Pages;

[AllowAnonymous]
public sealed class PrinciplesModel : PageModel
{
    public void OnGet()
    {
    }
}
