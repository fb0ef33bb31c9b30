namespace Ecomuna.Web.Pages;

/// <summary>A contact person's details as a form fills them in, shared by the secretariat's and the members' own contact pages.</summary>
public sealed class ContactInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.FirstName")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.LastName")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Contact.Role")]
    public ContactRole? Role { get; set; }

    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.Party")]
    public string? Party { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.Email")]
    public string Email { get; set; } = "";

    [MaxLength(50, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Contact.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Field.Contact.ShowPublicly")]
    public bool ShowPublicly { get; set; }

    /// <summary>Only the secretariat's pages show and use this.</summary>
    [Display(Name = "Field.Contact.IsDelegate")]
    public bool IsDelegate { get; set; }

    public static ContactInput From(ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new()
        {
            FirstName = contact.FirstName,
            LastName = contact.LastName,
            Role = contact.Role,
            Party = contact.Party,
            Title = contact.Title,
            Email = contact.Email,
            Phone = contact.Phone,
            ShowPublicly = contact.ShowPublicly,
            IsDelegate = contact.IsDelegate,
        };
    }

    /// <summary>Copies everything but the role and the delegate flag, which have rules of their own.</summary>
    public void ApplyDetailsTo(ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        contact.FirstName = FirstName.Trim();
        contact.LastName = LastName.Trim();
        contact.Party = Blank(Party);
        contact.Title = Blank(Title);
        contact.Email = Email.Trim();
        contact.Phone = Blank(Phone);
        contact.ShowPublicly = ShowPublicly;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
