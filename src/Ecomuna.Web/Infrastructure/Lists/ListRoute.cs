namespace Ecomuna.Web.Infrastructure.Lists;

/// <summary>
/// The query-string values of a list's current filter, sort and page, for links that keep them while changing one.
/// Empty values, false flags and page 1 are left out, so that links stay short and the same list has the same address.
/// </summary>
public sealed class ListRoute : Dictionary<string, string>
{
    public ListRoute With(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            this[key] = value.Trim();
        }

        return this;
    }

    public ListRoute With(string key, bool value) => With(key, value ? "true" : null);

    public ListRoute With(string key, int? value) => With(key, value?.ToString(CultureInfo.InvariantCulture));

    public ListRoute With(string key, DateOnly? value) => With(key, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public ListRoute With<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => With(key, value?.ToString());

    /// <summary>The page number, left out for the first page.</summary>
    public ListRoute WithPage(string key, int page) => With(key, page > 1 ? page : null);
}
