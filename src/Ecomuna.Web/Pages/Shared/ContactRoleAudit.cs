using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages;

/// <summary>The audit log's words for a change of a contact person's role or delegate status.</summary>
public static class ContactRoleAudit
{
    public static AuditTarget Target(ContactPerson contact) =>
        new(nameof(ContactPerson), contact?.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null when neither the role nor the delegate status changed.</summary>
    public static string? Change(ContactPerson contact, string memberName, ContactRole oldRole, bool wasDelegate)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var changes = new List<string>();
        if (contact.Role != oldRole)
        {
            changes.Add($"role {oldRole} → {contact.Role}");
        }

        if (contact.IsDelegate != wasDelegate)
        {
            changes.Add(contact.IsDelegate ? "made a delegate" : "no longer a delegate");
        }

        return changes.Count == 0 ? null : $"{contact.FullName} of {memberName}: {string.Join(", ", changes)}";
    }
}
