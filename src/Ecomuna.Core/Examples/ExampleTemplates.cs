using Ecomuna.Core.Email;

namespace Ecomuna.Core.Examples;

/// <summary>The mail that tells an author what the secretariat did with their good example.</summary>
public static class ExampleTemplates
{
    /// <summary>Tells the author what the secretariat did with their good example, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage ExampleDecided(this EmailTemplates templates, string to, string displayName, string language, ExampleStatus outcome, string title, string? comment, string link) =>
        EmailTemplates.InLanguage(language, () => templates.Build(to, $"Example{outcome}", displayName, link, title,
            string.IsNullOrWhiteSpace(comment) ? templates.Text["Example.NoComment"].Value : templates.Text["Example.Comment", comment].Value));
}
