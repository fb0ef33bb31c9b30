using Ecomuna.Core.Network;

namespace Ecomuna.Web.Pages.Network;

/// <summary>The fields of a network profile, shared by the sign-up page and the member's own profile page.</summary>
public class ProfileInput
{
    [Display(Name = "Field.NetworkCategory")]
    public NetworkCategory Category { get; set; } = NetworkCategory.Friend;

    [Display(Name = "Field.IsOrganisation")]
    public bool IsOrganisation { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Directory.Name")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.WorksAt")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Validation.CountryCode")]
    [Display(Name = "Field.Country")]
    public string CountryCode { get; set; } = "SE";

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [Url(ErrorMessage = "Validation.Url")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Directory.Website")]
    public string? Website { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Field.ShowInDirectory")]
    public bool ShowInDirectory { get; set; }

    public void CopyTo(NetworkProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.Category = Category;
        profile.IsOrganisation = IsOrganisation;
        profile.Name = Name.Trim();
        profile.Organisation = IsOrganisation ? null : Organisation?.Trim();
        profile.CountryCode = CountryCode.ToUpperInvariant();
        profile.City = City?.Trim();
        profile.Website = Website?.Trim();
        profile.Description = Description?.Trim();
        profile.ShowInDirectory = ShowInDirectory;
    }

    public static T From<T>(NetworkProfile profile)
        where T : ProfileInput, new()
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new T
        {
            Category = profile.Category, IsOrganisation = profile.IsOrganisation, Name = profile.Name, Organisation = profile.Organisation,
            CountryCode = profile.CountryCode, City = profile.City, Website = profile.Website, Description = profile.Description,
            ShowInDirectory = profile.ShowInDirectory,
        };
    }
}
