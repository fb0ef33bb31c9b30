using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ecomuna.Web.Pages.Admin.Members;

/// <summary>Every field of a member as the secretariat types it; shared by the create and edit pages.</summary>
public sealed class MemberInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Field.Member.Kind")]
    public MemberKind Kind { get; set; } = MemberKind.Municipality;

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Validation.CountryCode")]
    [Display(Name = "Field.Member.CountryCode")]
    public string CountryCode { get; set; } = "SE";

    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.County")]
    public string? County { get; set; }

    [Display(Name = "Field.Member.PartOfCountry")]
    public PartOfCountry? PartOfCountry { get; set; }

    [Display(Name = "Field.Member.Status")]
    public MembershipStatus Status { get; set; } = MembershipStatus.Active;

    [Display(Name = "Field.Member.MemberSince")]
    public DateOnly? MemberSince { get; set; }

    [Display(Name = "Field.Member.MemberUntil")]
    public DateOnly? MemberUntil { get; set; }

    [Display(Name = "Field.Member.CouncilDecisionDate")]
    public DateOnly? CouncilDecisionDate { get; set; }

    [MaxLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.OrganisationNumber")]
    public string? OrganisationNumber { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.StreetAddress")]
    public string? StreetAddress { get; set; }

    [MaxLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.PostalCode")]
    public string? PostalCode { get; set; }

    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.City")]
    public string? City { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Field.Member.InvoiceAddress")]
    public string? InvoiceAddress { get; set; }

    [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.InvoiceReference")]
    public string? InvoiceReference { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Member.Website")]
    public string? Website { get; set; }

    public static MemberInput From(Member member) => new()
    {
        Name = member.Name,
        Kind = member.Kind,
        CountryCode = member.CountryCode,
        County = member.County,
        PartOfCountry = member.PartOfCountry,
        Status = member.Status,
        MemberSince = member.MemberSince,
        MemberUntil = member.MemberUntil,
        CouncilDecisionDate = member.CouncilDecisionDate,
        OrganisationNumber = member.OrganisationNumber,
        StreetAddress = member.StreetAddress,
        PostalCode = member.PostalCode,
        City = member.City,
        InvoiceAddress = member.InvoiceAddress,
        InvoiceReference = member.InvoiceReference,
        Website = member.Website,
    };

    /// <summary>The rules that span fields or need the database; errors go into <paramref name="modelState"/> under "Input.".</summary>
    public async Task ValidateAsync(
        ModelStateDictionary modelState, EcomunaDbContext db, IStringLocalizer<SharedResource> text, int? memberId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(OrganisationNumber))
        {
            var normalized = Ecomuna.Core.Members.OrganisationNumber.Normalize(OrganisationNumber);
            if (normalized is null)
            {
                modelState.AddModelError($"Input.{nameof(OrganisationNumber)}", text["Validation.OrganisationNumber"]);
            }
            else if (await db.Members.AnyAsync(m => m.OrganisationNumber == normalized && m.Id != memberId, ct))
            {
                var holder = await db.Members.Where(m => m.OrganisationNumber == normalized).Select(m => m.Name).FirstAsync(ct);
                modelState.AddModelError($"Input.{nameof(OrganisationNumber)}", text["Validation.OrganisationNumberTaken", holder]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Website)
            && !(Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            modelState.AddModelError($"Input.{nameof(Website)}", text["Validation.Website"]);
        }

        if (Member.CheckMembership(Status, MemberSince, MemberUntil) is { } problem)
        {
            modelState.AddModelError($"Input.{nameof(MemberUntil)}", text[problem == MembershipProblem.EndsBeforeItBegan
                ? "Validation.MemberUntilBeforeSince" : "Validation.ResignedNeedsMemberUntil"]);
        }
    }

    public void ApplyTo(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        member.Name = Name.Trim();
        member.Kind = Kind;
        member.CountryCode = CountryCode.Trim().ToUpperInvariant();
        member.County = Clean(County);
        member.PartOfCountry = PartOfCountry;
        if (member.ChangeMembership(Status, MemberSince, MemberUntil) is { } problem)
        {
            throw new InvalidOperationException($"The membership of {Name} was not validated: {problem}.");
        }

        member.CouncilDecisionDate = CouncilDecisionDate;
        member.OrganisationNumber = Ecomuna.Core.Members.OrganisationNumber.Normalize(OrganisationNumber);
        member.StreetAddress = Clean(StreetAddress);
        member.PostalCode = Clean(PostalCode);
        member.City = Clean(City);
        member.InvoiceAddress = Clean(InvoiceAddress);
        member.InvoiceReference = Clean(InvoiceReference);
        member.Website = Clean(Website);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
