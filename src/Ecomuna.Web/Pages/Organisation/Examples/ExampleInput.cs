using Ecomuna.Core.Examples;

namespace Ecomuna.Web.Pages.Organisation.Examples;

/// <summary>What the author fills in for a good example.</summary>
public sealed class ExampleInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(600, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.Summary")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(30_000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.Body")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(1970, 2100, ErrorMessage = "Validation.Year")]
    [Display(Name = "Field.Example.Year")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.ContactName")]
    public string? ContactName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Example.ContactEmail")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Field.Example.Themes")]
    public List<int> ThemeIds { get; set; } = [];

    [Display(Name = "Field.Example.Goals")]
    public List<int> Goals { get; set; } = [];

    public List<LinkInput> Links { get; set; } = [];

    public sealed class LinkInput
    {
        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Url(ErrorMessage = "Validation.Url")]
        [Display(Name = "Field.Example.LinkUrl")]
        public string? Url { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Example.LinkText")]
        public string? Text { get; set; }
    }

    /// <summary>Always <see cref="GoodExample.MaxLinks"/> rows, so a form without JavaScript has room for new links.</summary>
    public void PadLinks()
    {
        Links = [.. Links.Take(GoodExample.MaxLinks)];
        while (Links.Count < GoodExample.MaxLinks)
        {
            Links.Add(new LinkInput());
        }
    }

    public void CopyFrom(GoodExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        Title = example.Title;
        Summary = example.Summary;
        Body = example.Body;
        Year = example.Year;
        ContactName = example.ContactName;
        ContactEmail = example.ContactEmail;
        ThemeIds = [.. example.Themes.Select(t => t.ThemeId)];
        Goals = [.. example.GoalNumbers];
        Links = [.. example.Links.OrderBy(l => l.Position).Select(l => new LinkInput { Url = l.Url, Text = l.Text })];
        PadLinks();
    }

    public void CopyTo(GoodExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        example.Title = Title!.Trim();
        example.Summary = Summary!.Trim();
        example.Body = Body!.Trim();
        example.Year = Year!.Value;
        example.ContactName = ContactName!.Trim();
        example.ContactEmail = ContactEmail!.Trim();
        example.SetThemes(ThemeIds);
        example.SetGoals(Goals);
        example.Links.Clear();
        var position = 0;
        foreach (var link in Links.Where(l => !string.IsNullOrWhiteSpace(l.Url)).Take(GoodExample.MaxLinks))
        {
            var url = link.Url!.Trim();
            example.Links.Add(new ExampleLink { Position = position++, Url = url, Text = string.IsNullOrWhiteSpace(link.Text) ? url : link.Text.Trim() });
        }
    }
}
