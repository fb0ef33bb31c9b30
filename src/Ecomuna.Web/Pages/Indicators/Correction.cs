using Ecomuna.Core.KeyIndicators;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>A correction of one reported value, as typed: the new value, its source and comment, and why.</summary>
public sealed class CorrectionInput
{
    public string? Value { get; set; }
    public string? Source { get; set; }
    public string? Comment { get; set; }
    public string? Reason { get; set; }

    /// <summary>The person confirms a value outside the indicator's plausible range.</summary>
    public bool Confirmed { get; set; }

    public const int MaxReason = 500;
}

/// <summary>One value with its indicator, member and history, for the member's and the secretariat's value pages.</summary>
public sealed record ValueView(IndicatorValue Value, string MemberName, ReportingYear? ReportingYear, ReportStatus Status)
{
    public static async Task<ValueView?> LoadAsync(EcomunaDbContext db, int id, int? memberId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = await db.IndicatorValues.Include(v => v.KeyIndicator).Include(v => v.Changes)
            .SingleOrDefaultAsync(v => v.Id == id && (memberId == null || v.MemberId == memberId), ct);
        if (value is null)
        {
            return null;
        }

        var name = await db.Members.Where(m => m.Id == value.MemberId).Select(m => m.Name).SingleAsync(ct);
        var year = await db.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == value.Year, ct);
        var status = await db.IndicatorReports.Where(r => r.MemberId == value.MemberId && r.Year == value.Year).Select(r => r.Status).SingleOrDefaultAsync(ct);
        return new ValueView(value, name, year, status);
    }

    /// <summary>Checks the correction and, when it is fine, applies it; false keeps the page with its errors or the confirmation question.</summary>
    public async Task<bool> CorrectAsync(
        CorrectionInput input, IndicatorReporting reporting, ModelStateDictionary modelState, IStringLocalizer text, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reporting);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        var entry = new ValueInput { KeyIndicatorId = Value.KeyIndicatorId, Value = input.Value, Source = input.Source, Comment = input.Comment }
            .Validate("Input.", modelState, text, valueRequired: true);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            modelState.AddModelError("Input.Reason", text["Correct.ReasonRequired"]);
        }
        else if (input.Reason.Trim().Length > CorrectionInput.MaxReason)
        {
            modelState.AddModelError("Input.Reason", text["Report.TooLong", CorrectionInput.MaxReason]);
        }

        if (!modelState.IsValid || entry?.Value is not { } number)
        {
            return false;
        }

        if (!await reporting.CorrectAsync(Value, number, input.Comment, input.Source, input.Reason!, input.Confirmed, by, ct))
        {
            NeedsConfirmation = true;
            input.Confirmed = false;
            modelState.AddModelError("Input.Confirmed", text["Report.ConfirmNeeded", 1]);
            return false;
        }

        return true;
    }

    public bool NeedsConfirmation { get; private set; }
}
