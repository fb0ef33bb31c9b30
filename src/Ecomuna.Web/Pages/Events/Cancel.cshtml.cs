using Ecomuna.Core.Data;
using Ecomuna.Core.Events;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Events;

/// <summary>The cancel link in every registration mail: shows the registration and cancels it with a button.</summary>
[AllowAnonymous]
public sealed class CancelModel(EcomunaDbContext db, EventRegistrations registrations, EventMail mail, IStringLocalizer<EventsResource> text) : PageModel
{
    public View? Registration { get; private set; }

    public string? Token { get; private set; }

    public sealed record View(int Id, string Name, RegistrationStatus Status, string EventTitle, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone);

    public async Task OnGetAsync(string? token)
    {
        Token = token;
        Registration = await FindAsync(token);
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        Token = token;
        Registration = await FindAsync(token);
        if (Registration is null)
        {
            return Page();
        }

        await CancelAndMoveUpAsync(db, registrations, mail, Url, Request.Scheme, Registration.Id);
        TempData["StatusMessage"] = text["Cancel.Done", Registration.Name, Registration.EventTitle].Value;
        return RedirectToPage(new { token });
    }

    /// <summary>Cancels, and tells whoever moved up from the waiting list that they now have a seat.</summary>
    internal static async Task CancelAndMoveUpAsync(
        EcomunaDbContext db, EventRegistrations registrations, EventMail mail, IUrlHelper url, string scheme, int registrationId)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await registrations.CancelAsync(registrationId);
        if (outcome?.MovedUp is { } movedUp)
        {
            var link = url.Page("/Events/Cancel", null, new { token = movedUp.AccessToken }, scheme)!;
            await mail.SendMovedUpAsync(movedUp, link);
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
    }

    private async Task<View?> FindAsync(string? token) =>
        string.IsNullOrEmpty(token) ? null : await db.EventRegistrations
            .Where(r => r.AccessToken == token)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new View(r.Id, r.FirstName + " " + r.LastName, r.Status, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone))
            .SingleOrDefaultAsync();
}
