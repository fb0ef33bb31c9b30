using Ecomuna.Core.Background;
using Ecomuna.Web.Infrastructure.Security;

namespace Ecomuna.Web.Pages;

/// <summary>
/// The privacy and cookie notice: what the portal processes, why, for how long (read from the settings in force, so
/// it never says other than what the clean-up does), the rights and where to use them, and the cookies it sets.
/// </summary>
[AllowAnonymous]
public sealed class PrivacyModel(IOptions<JobOptions> jobs, IOptions<SecurityOptions> security) : PageModel
{
    public JobOptions Jobs => jobs.Value;

    public SecurityOptions Security => security.Value;

    public void OnGet()
    {
    }
}
