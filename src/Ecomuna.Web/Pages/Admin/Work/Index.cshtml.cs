using Ecomuna.Core.Background;

namespace Ecomuna.Web.Pages.Admin.Work;

/// <summary>Shows how far long background work has come; reloads itself until the work ends, also without JavaScript.</summary>
public sealed class IndexModel(BackgroundWork work) : PageModel
{
    public WorkProgress Progress { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (work.Find(id) is not { } progress)
        {
            return NotFound();
        }

        Progress = progress;
        return Page();
    }
}
