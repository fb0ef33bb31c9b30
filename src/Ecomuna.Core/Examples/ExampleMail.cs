using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Examples;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Core.Examples;

/// <summary>
/// Tells the author of a good example that the secretariat published, returned or unpublished it. The mail goes to the
/// outbox; the caller's SaveChanges stores it with the decision.
/// </summary>
public sealed class ExampleMail(EcomunaDbContext db, EmailTemplates templates, EmailOutbox outbox)
{
    /// <summary>
    /// The author is whoever last submitted the example, in the language they chose; when that account is gone, the
    /// example's own contact address is written to in Swedish.
    /// </summary>
    public async Task QueueDecisionAsync(GoodExample example, string? comment, IUrlHelper url, string scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(url);
        var authorId = await db.ExampleHistory
            .Where(h => h.ExampleId == example.Id && h.To == ExampleStatus.Submitted && h.ByUserId != null)
            .OrderByDescending(h => h.Id).Select(h => h.ByUserId).FirstOrDefaultAsync(ct);
        var author = authorId is null ? null : await db.Users
            .Where(u => u.Id == authorId)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage })
            .SingleOrDefaultAsync(ct);

        var to = author?.Email ?? example.ContactEmail;
        var name = string.IsNullOrWhiteSpace(author?.DisplayName) ? example.ContactName : author.DisplayName;
        var link = example.Status == ExampleStatus.Published
            ? url.Page("/Examples/Details", null, new { id = example.Id }, scheme)!
            : url.Page("/Organisation/Examples/Edit", null, new { id = example.Id }, scheme)!;
        outbox.Enqueue(templates.ExampleDecided(to, name, author?.PreferredLanguage ?? "sv", example.Status, example.Title, comment, link));
    }
}
