using Ecomuna.Core.Email;

namespace Ecomuna.Core.Privacy;

/// <summary>The mail that tells a person their personal data was erased.</summary>
public static class PrivacyTemplates
{
    /// <summary>Tells a person that their personal data was erased, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage ErasureDone(this EmailTemplates templates, string to, string displayName, string language) =>
        EmailTemplates.InLanguage(language, () => templates.Build(to, "ErasureDone", displayName, link: null));
}
