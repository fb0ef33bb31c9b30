using AngleSharp.Html.Dom;
using Ecomuna.Core.Data;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.KeyIndicators;

/// <summary>Database look-ups and the reporting form's field names, shared by the key-indicator tests.</summary>
internal static class IndicatorSteps
{
    public const int Sodertalje = Access.AccessTable.SodertaljeId;

    /// <summary>Opens a year of its own for a test, far from the demo's years.</summary>
    public static Task OpenYearAsync(this EcomunaApp app, int year) => app.QueryAsync(async db =>
    {
        db.ReportingYears.Add(new ReportingYear { Year = year, Deadline = new DateOnly(year + 1, 5, 31), OpenedAtUtc = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    public static Task<int> IndicatorIdAsync(this EcomunaApp app, string code, int year) =>
        app.QueryAsync(db => IndicatorReporting.ValidIn(db.KeyIndicators, year).Where(k => k.Code == code).Select(k => k.Id).SingleAsync());

    public static Task<Dictionary<string, double>> ValuesAsync(this EcomunaApp app, int memberId, int year) =>
        app.QueryAsync(db => db.IndicatorValues.Where(v => v.MemberId == memberId && v.Year == year).Select(v => new { v.KeyIndicator.Code, v.Value }).ToDictionaryAsync(v => v.Code, v => v.Value));

    public static Task<ReportStatus?> StatusAsync(this EcomunaApp app, int memberId, int year) =>
        app.QueryAsync(db => db.IndicatorReports.Where(r => r.MemberId == memberId && r.Year == year).Select(r => (ReportStatus?)r.Status).SingleOrDefaultAsync());

    /// <summary>The reporting form's fields for the given indicator codes: its value input's name by code.</summary>
    public static Dictionary<string, string> ValueFields(IHtmlDocument page, IReadOnlyDictionary<string, string> valuesByCode)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (code, value) in valuesByCode)
        {
            var fieldset = page.QuerySelector($"#report-form fieldset[data-indicator='{code}']")
                ?? throw new InvalidOperationException($"The form has no indicator {code}.");
            fields[fieldset.QuerySelector("input[name$='.Value']")!.GetAttribute("name")!] = value;
        }

        return fields;
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }
}
