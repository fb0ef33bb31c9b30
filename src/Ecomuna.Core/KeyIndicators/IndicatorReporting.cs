namespace Ecomuna.Core.KeyIndicators;

/// <summary>What a reporter entered for one indicator: a value (or nothing), a comment and a source.</summary>
public sealed record ValueEntry(int KeyIndicatorId, double? Value, string? Comment, string? Source);

public enum SaveOutcome
{
    Saved,
    Submitted,

    /// <summary>Some values are outside their plausible range and the reporter has not confirmed them; nothing was saved.</summary>
    NeedsConfirmation,

    /// <summary>The year is not open for reporting, or the report was already submitted; nothing was saved.</summary>
    NotOpen,

    /// <summary>Submitting needs at least one value.</summary>
    Empty,
}

public sealed record SaveResult(SaveOutcome Outcome, IReadOnlyList<int> Implausible);

/// <summary>
/// Members report their key indicators per year: a draft they can save as often as they like, then submit. A submitted
/// value changes only by a correction, which keeps the old value, the new one, who, when and why.
/// </summary>
public sealed class IndicatorReporting(EcomunaDbContext db, TimeProvider clock)
{
    /// <summary>The indicators valid in a year, by code.</summary>
    public static IQueryable<KeyIndicator> ValidIn(IQueryable<KeyIndicator> indicators, int year) =>
        indicators.Where(k => k.ValidFromYear <= year && (k.ValidToYear == null || k.ValidToYear >= year)).OrderBy(k => k.Code);

    public Task<ReportingYear?> OpenYearAsync(int year, CancellationToken ct = default) =>
        db.ReportingYears.SingleOrDefaultAsync(y => y.Year == year && y.ClosedAtUtc == null, ct);

    public async Task<ReportStatus> StatusAsync(int memberId, int year, CancellationToken ct = default) =>
        await db.IndicatorReports.Where(r => r.MemberId == memberId && r.Year == year).Select(r => (ReportStatus?)r.Status).SingleOrDefaultAsync(ct)
            ?? ReportStatus.NotStarted;

    /// <summary>
    /// Saves a member's draft for an open year, or saves and submits it. Values outside their indicator's plausible
    /// range are saved only when <paramref name="confirmed"/>; an empty value removes the draft's value.
    /// </summary>
    public async Task<SaveResult> SaveAsync(int memberId, int year, IReadOnlyList<ValueEntry> entries, bool submit, bool confirmed, string by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var report = await db.IndicatorReports.SingleOrDefaultAsync(r => r.MemberId == memberId && r.Year == year, ct);
        if (await OpenYearAsync(year, ct) is null || report?.Status == ReportStatus.Submitted)
        {
            return new SaveResult(SaveOutcome.NotOpen, []);
        }

        var indicators = await ValidIn(db.KeyIndicators, year).ToDictionaryAsync(k => k.Id, ct);
        var valid = entries.Where(e => indicators.ContainsKey(e.KeyIndicatorId)).ToList();
        var implausible = valid.Where(e => e.Value is { } v && !indicators[e.KeyIndicatorId].IsPlausible(v)).Select(e => e.KeyIndicatorId).ToList();
        if (implausible.Count > 0 && !confirmed)
        {
            return new SaveResult(SaveOutcome.NeedsConfirmation, implausible);
        }

        var values = await db.IndicatorValues.Where(v => v.MemberId == memberId && v.Year == year).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in valid)
        {
            var existing = values.SingleOrDefault(v => v.KeyIndicatorId == entry.KeyIndicatorId);
            if (entry.Value is not { } number)
            {
                if (existing is not null)
                {
                    db.IndicatorValues.Remove(existing);
                    values.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new IndicatorValue { MemberId = memberId, KeyIndicatorId = entry.KeyIndicatorId, Year = year };
                db.IndicatorValues.Add(existing);
                values.Add(existing);
            }

            existing.Value = number;
            existing.Comment = Trim(entry.Comment);
            existing.Source = Trim(entry.Source);
            existing.UpdatedAtUtc = now;
            existing.UpdatedBy = by;
        }

        if (submit && values.Count == 0)
        {
            return new SaveResult(SaveOutcome.Empty, []);
        }

        if (report is null)
        {
            report = new IndicatorReport { MemberId = memberId, Year = year };
            db.IndicatorReports.Add(report);
        }

        report.UpdatedAtUtc = now;
        report.UpdatedBy = by;
        if (submit)
        {
            report.Status = ReportStatus.Submitted;
            report.SubmittedAtUtc = now;
            report.SubmittedBy = by;
        }

        await db.SaveChangesAsync(ct);
        return new SaveResult(submit ? SaveOutcome.Submitted : SaveOutcome.Saved, []);
    }

    /// <summary>
    /// Corrects one value, keeping its history. A member may correct only while the year is open (the page checks that
    /// the value is theirs); the secretariat may always. Returns false when the value is not plausible and not confirmed.
    /// </summary>
    public async Task<bool> CorrectAsync(IndicatorValue value, double newValue, string? comment, string? source, string reason, bool confirmed, string by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var indicator = value.KeyIndicator ?? await db.KeyIndicators.SingleAsync(k => k.Id == value.KeyIndicatorId, ct);
        if (!indicator.IsPlausible(newValue) && !confirmed)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (newValue != value.Value)
        {
            value.Changes.Add(new IndicatorValueChange { OldValue = value.Value, NewValue = newValue, ChangedBy = by, ChangedAtUtc = now, Reason = reason.Trim() });
        }

        value.Value = newValue;
        value.Comment = Trim(comment);
        value.Source = Trim(source);
        value.UpdatedAtUtc = now;
        value.UpdatedBy = by;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Whether the member submitted its key indicators for the year: what the yearly commitments follow up.</summary>
    public static Task<bool> HasSubmittedAsync(EcomunaDbContext db, int memberId, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.IndicatorReports.AnyAsync(r => r.MemberId == memberId && r.Year == year && r.Status == ReportStatus.Submitted, ct);
    }

    /// <summary>The values the public may see: those of submitted reports.</summary>
    public static IQueryable<IndicatorValue> Submitted(EcomunaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.IndicatorValues.Where(v => db.IndicatorReports.Any(r => r.MemberId == v.MemberId && r.Year == v.Year && r.Status == ReportStatus.Submitted));
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
