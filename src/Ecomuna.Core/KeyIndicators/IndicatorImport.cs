using System.Text;
using CsvHelper;
using Ecomuna.Core.Members;

namespace Ecomuna.Core.KeyIndicators;

/// <summary>What an import will do to one value: <see cref="OldValue"/> is null for a new value.</summary>
public sealed record IndicatorImportChange(int Line, string Member, string Code, int Year, double? OldValue, double NewValue, bool IsPlausible);

public sealed record IndicatorImportPlan(IReadOnlyList<IndicatorImportChange> Changes, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    public bool CanApply => Errors.Count == 0 && Changes.Count > 0;
}

/// <summary>
/// Imports reported key-indicator values from CSV for the secretariat: reads every line first, reports every problem
/// with its line number, and changes nothing unless the whole file is valid. A member is named by its name or
/// organisation number; an indicator by its code, valid in the line's year. Imported values count as submitted, and a
/// changed value keeps its old one in the value's history.
/// </summary>
public sealed class IndicatorImport(EcomunaDbContext db, TimeProvider clock)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Columns = ["member", "indicator", "year", "value", "source", "comment"];

    private static readonly string[] RequiredColumns = ["member", "indicator", "year", "value"];

    public async Task<IndicatorImportPlan> PlanAsync(string csv, CancellationToken ct = default)
    {
        var plan = await ReadAsync(csv, "", ct);
        db.ChangeTracker.Clear();
        return plan;
    }

    /// <summary>Applies the whole file in one SaveChanges (one transaction) when it has no errors; otherwise changes nothing.</summary>
    public async Task<IndicatorImportPlan> ApplyAsync(string csv, string by, CancellationToken ct = default)
    {
        var plan = await ReadAsync(csv, by, ct);
        if (plan.CanApply)
        {
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        return plan;
    }

    private async Task<IndicatorImportPlan> ReadAsync(string csv, string by, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var changes = new List<IndicatorImportChange>();
        var unchanged = 0;
        using var reader = CsvReader.Create(
            new MemoryStream(Encoding.UTF8.GetBytes(csv)),
            new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, IncludeValuesInExceptions = false },
            false);
        string[] headers;
        try
        {
            headers = [.. reader.Headers.Select(h => h.Trim().ToLowerInvariant())];
        }
        catch (CsvFormatException)
        {
            return new IndicatorImportPlan([], 0, [new ImportError(1, "Unreadable")]);
        }

        errors.AddRange(headers.Where(h => !Columns.Contains(h)).Select(h => new ImportError(1, "UnknownColumn", h)));
        errors.AddRange(RequiredColumns.Where(c => !headers.Contains(c)).Select(c => new ImportError(1, "MissingColumn", c)));
        if (errors.Count > 0)
        {
            return new IndicatorImportPlan([], 0, errors);
        }

        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.Name, m.OrganisationNumber }).ToListAsync(ct);
        var byName = members.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byNumber = members.Where(m => m.OrganisationNumber is not null).ToDictionary(m => m.OrganisationNumber!, StringComparer.Ordinal);
        var indicators = await db.KeyIndicators.AsNoTracking().ToListAsync(ct);
        var seen = new Dictionary<(int, int, int), int>();
        var rows = new List<(int Line, int MemberId, string MemberName, KeyIndicator Indicator, int Year, double Value, string? Source, string? Comment)>();

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Field(string column) => reader.TryGetFieldIndex(column, out var i) && i < reader.FieldCount ? reader.GetString(i).Trim() : "";
            var before = errors.Count;

            var memberText = Field("member");
            var member = memberText.Length == 0 ? null
                : byName.GetValueOrDefault(memberText)
                ?? (OrganisationNumber.Normalize(memberText) is { } number ? byNumber.GetValueOrDefault(number) : null);
            if (memberText.Length == 0)
            {
                errors.Add(new ImportError(line, "Required", "member"));
            }
            else if (member is null)
            {
                errors.Add(new ImportError(line, "UnknownMember", "member", memberText));
            }

            var yearText = Field("year");
            int? year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2200 ? y : null;
            if (year is null)
            {
                errors.Add(new ImportError(line, yearText.Length == 0 ? "Required" : "InvalidYear", "year", yearText));
            }

            var code = Field("indicator");
            var indicator = year is null ? null : indicators.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase) && k.IsValidIn(year.Value));
            if (code.Length == 0)
            {
                errors.Add(new ImportError(line, "Required", "indicator"));
            }
            else if (year is not null && indicator is null)
            {
                errors.Add(new ImportError(line, "UnknownIndicator", "indicator", $"{code}|{year}"));
            }

            var valueText = Field("value");
            if (!IndicatorNumber.TryParse(valueText, out var value))
            {
                errors.Add(new ImportError(line, valueText.Length == 0 ? "Required" : "InvalidValue", "value", valueText));
            }

            var source = Field("source");
            var comment = Field("comment");
            if (source.Length > 300)
            {
                errors.Add(new ImportError(line, "TooLong", "source", "300"));
            }

            if (comment.Length > 1000)
            {
                errors.Add(new ImportError(line, "TooLong", "comment", "1000"));
            }

            if (errors.Count > before)
            {
                continue;
            }

            var key = (member!.Id, indicator!.Id, year!.Value);
            if (seen.TryGetValue(key, out var firstLine))
            {
                errors.Add(new ImportError(line, "DuplicateInFile", null, firstLine.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seen[key] = line;
            rows.Add((line, member.Id, member.Name, indicator, year.Value, value, source.Length == 0 ? null : source, comment.Length == 0 ? null : comment));
        }

        if (errors.Count > 0)
        {
            return new IndicatorImportPlan([], 0, errors);
        }

        if (rows.Count == 0)
        {
            return new IndicatorImportPlan([], 0, [new ImportError(0, "NothingToChange")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var yearRows in rows.GroupBy(r => r.Year))
        {
            var year = yearRows.Key;
            var memberIds = yearRows.Select(r => r.MemberId).Distinct().ToList();
            var existing = await db.IndicatorValues.Where(v => v.Year == year && memberIds.Contains(v.MemberId))
                .ToDictionaryAsync(v => (v.MemberId, v.KeyIndicatorId), ct);
            var reports = await db.IndicatorReports.Where(r => r.Year == year && memberIds.Contains(r.MemberId)).ToDictionaryAsync(r => r.MemberId, ct);
            foreach (var row in yearRows)
            {
                var plausible = row.Indicator.IsPlausible(row.Value);
                if (existing.TryGetValue((row.MemberId, row.Indicator.Id), out var value))
                {
                    if (value.Value == row.Value && value.Source == row.Source && value.Comment == row.Comment)
                    {
                        unchanged++;
                        continue;
                    }

                    changes.Add(new IndicatorImportChange(row.Line, row.MemberName, row.Indicator.Code, year, value.Value, row.Value, plausible));
                    if (value.Value != row.Value)
                    {
                        value.Changes.Add(new IndicatorValueChange { OldValue = value.Value, NewValue = row.Value, ChangedBy = by, ChangedAtUtc = now, Reason = "Import" });
                    }
                }
                else
                {
                    changes.Add(new IndicatorImportChange(row.Line, row.MemberName, row.Indicator.Code, year, null, row.Value, plausible));
                    value = new IndicatorValue { MemberId = row.MemberId, KeyIndicatorId = row.Indicator.Id, Year = year };
                    db.IndicatorValues.Add(value);
                }

                value.Value = row.Value;
                value.Source = row.Source;
                value.Comment = row.Comment;
                value.UpdatedAtUtc = now;
                value.UpdatedBy = by;
                if (!reports.TryGetValue(row.MemberId, out var report))
                {
                    report = new IndicatorReport { MemberId = row.MemberId, Year = year, UpdatedAtUtc = now, UpdatedBy = by };
                    db.IndicatorReports.Add(report);
                    reports[row.MemberId] = report;
                }

                if (report.Status != ReportStatus.Submitted)
                {
                    report.Status = ReportStatus.Submitted;
                    report.SubmittedAtUtc = now;
                    report.SubmittedBy = by;
                }
            }
        }

        return new IndicatorImportPlan(changes, unchanged, []);
    }
}
