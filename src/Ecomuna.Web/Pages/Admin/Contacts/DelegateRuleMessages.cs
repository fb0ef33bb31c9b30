namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>Says in plain words why a contact person cannot be made a delegate.</summary>
public static class DelegateRuleMessages
{
    public static string Describe(this IStringLocalizer<OrganisationResource> text, DelegateRuleViolation violation, Member member, ContactPerson contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(contact);
        var existing = member.CurrentContacts(today)
            .Where(c => c != contact && c.IsDelegate && c.Role == contact.Role)
            .Select(c => c.FullName)
            .FirstOrDefault() ?? "";
        return text[$"Contact.Violation.{violation}", member.Name, existing, contact.FullName].Value;
    }
}
