namespace Ecomuna.Web.Pages;

/// <summary>What a change request asks for, as the members' and the secretariat's pages show it.</summary>
public sealed record ChangeRequestSummary(
    ChangeRequestKind Kind, int? PopulationYear, int? Population, string? ContactName, bool? MakeDelegate, DateOnly? ResignationDate);

public static class ChangeRequestTexts
{
    /// <summary>The request in one short sentence, e.g. "Population 2025: 12 345 inhabitants".</summary>
    public static string Describe(this IStringLocalizer<OrganisationResource> text, ChangeRequestSummary request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind switch
        {
            ChangeRequestKind.Population => text["ChangeRequest.What.Population", request.PopulationYear!, request.Population!.Value.ToString("N0", CultureInfo.CurrentCulture)],
            ChangeRequestKind.Delegate => text[request.MakeDelegate == true ? "ChangeRequest.What.MakeDelegate" : "ChangeRequest.What.RemoveDelegate", request.ContactName ?? text["ChangeRequest.ContactRemoved"]],
            _ => text["ChangeRequest.What.Resignation", request.ResignationDate!.Value.ToString("d", CultureInfo.CurrentCulture)],
        };
    }
}
