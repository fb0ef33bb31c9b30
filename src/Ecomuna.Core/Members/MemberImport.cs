using System.Text;
using CsvHelper;
using Ecomuna.Core.Calendar;

namespace Ecomuna.Core.Members;

/// <summary>Why one line of an import cannot be used. <see cref="Code"/> names the localized message.</summary>
public sealed record ImportError(int Line, string Code, string? Column = null, string? Value = null);

/// <summary>What an import will do to one member.</summary>
public sealed record ImportChange(int Line, string Name, bool IsNew, IReadOnlyList<string> ChangedFields);

public sealed record ImportPlan(IReadOnlyList<ImportChange> Changes, IReadOnlyList<ImportError> Errors)
{
    public bool CanApply => Errors.Count == 0 && Changes.Count > 0;
}

/// <summary>
/// Imports member organisations, or just a year's population figures, from CSV: reads every line first, reports
/// every problem with its line number, and changes nothing unless the whole file is valid. A line updates the
/// member with the same organisation number, else the same name, or adds a new one (which needs a kind). Only the
/// columns present in the file are changed.
/// </summary>
public sealed class MemberImport(EcomunaDbContext db, SwedishTime swedishTime)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Columns =
    [
        "name", "kind", "county", "part_of_country", "country", "organisation_number", "status", "member_since",
        "member_until", "council_decision_date", "street_address", "postal_code", "city", "invoice_address", "invoice_reference",
        "website", "population", "population_year",
    ];

    private static readonly string[] RequiredColumns = ["name"];

    /// <summary>Reads the file and works out what would change, without changing anything.</summary>
    public async Task<ImportPlan> PlanAsync(string csv, CancellationToken ct = default)
    {
        var plan = await ReadAsync(csv, ct);
        db.ChangeTracker.Clear();
        return plan;
    }

    /// <summary>Applies the whole file in one SaveChanges (one transaction) when it has no errors; otherwise changes nothing.</summary>
    public async Task<ImportPlan> ApplyAsync(string csv, CancellationToken ct = default)
    {
        var plan = await ReadAsync(csv, ct);
        if (plan.CanApply)
        {
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        return plan;
    }

    private async Task<ImportPlan> ReadAsync(string csv, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var changes = new List<ImportChange>();
        var members = await db.Members.Include(m => m.Populations).ToListAsync(ct);
        var seenNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenNumbers = new Dictionary<string, int>(StringComparer.Ordinal);

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
            return new ImportPlan([], [new ImportError(1, "Unreadable")]);
        }

        foreach (var unknown in headers.Where(h => !Columns.Contains(h)))
        {
            errors.Add(new ImportError(1, "UnknownColumn", unknown));
        }

        foreach (var required in RequiredColumns.Where(c => !headers.Contains(c)))
        {
            errors.Add(new ImportError(1, "MissingColumn", required));
        }

        if (errors.Count > 0)
        {
            return new ImportPlan([], errors);
        }

        var today = swedishTime.Today;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var row = new Row(reader, headers, line, errors);
            var name = row.Text("name", 200);
            if (name is null)
            {
                errors.Add(new ImportError(line, "Required", "name"));
                continue;
            }

            if (seenNames.TryGetValue(name, out var firstLine))
            {
                errors.Add(new ImportError(line, "DuplicateInFile", "name", firstLine.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seenNames[name] = line;
            var number = row.Has("organisation_number") ? row.OrganisationNumber() : null;
            if (number is not null)
            {
                if (seenNumbers.TryGetValue(number, out var numberLine))
                {
                    errors.Add(new ImportError(line, "DuplicateInFile", "organisation_number", numberLine.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                seenNumbers[number] = line;
            }

            var member = (number is null ? null : members.FirstOrDefault(m => m.OrganisationNumber == number))
                ?? members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            var isNew = member is null;
            member ??= new Member { Status = MembershipStatus.Active, CountryCode = "SE" };
            if (number is not null && members.Any(m => m != member && m.OrganisationNumber == number))
            {
                errors.Add(new ImportError(line, "OrganisationNumberTaken", "organisation_number", number));
                continue;
            }

            var errorsBefore = errors.Count;
            var changed = new List<string>();
            void Set<T>(string column, T current, T value, Action<T> assign)
            {
                if (!EqualityComparer<T>.Default.Equals(current, value))
                {
                    assign(value);
                    changed.Add(column);
                }
            }

            Set("name", member.Name, name, v => member.Name = v);
            if (row.Kind(required: isNew) is { } kind)
            {
                Set("kind", member.Kind, kind, v => member.Kind = v);
            }

            if (row.Has("county")) { Set("county", member.County, row.Text("county", 100), v => member.County = v); }
            if (row.Has("part_of_country")) { Set("part_of_country", member.PartOfCountry, row.Part(), v => member.PartOfCountry = v); }
            if (row.Has("country")) { Set("country", member.CountryCode, row.Country() ?? "SE", v => member.CountryCode = v); }
            if (row.Has("organisation_number")) { Set("organisation_number", member.OrganisationNumber, number, v => member.OrganisationNumber = v); }
            var status = row.Has("status") && row.Status() is { } read ? read : member.Status;
            var since = row.Has("member_since") ? row.Date("member_since") : member.MemberSince;
            var until = row.Has("member_until") ? row.Date("member_until") : member.MemberUntil;
            var membershipChanged = new List<string>();
            if (status != member.Status) { membershipChanged.Add("status"); }
            if (since != member.MemberSince) { membershipChanged.Add("member_since"); }
            if (until != member.MemberUntil) { membershipChanged.Add("member_until"); }
            if (membershipChanged.Count > 0 && errors.Count == errorsBefore)
            {
                if (member.ChangeMembership(status, since, until) is { } problem)
                {
                    errors.Add(new ImportError(line, problem.ToString(), until is null ? "member_until" : "member_since"));
                }
                else
                {
                    changed.AddRange(membershipChanged);
                }
            }

            if (row.Has("council_decision_date")) { Set("council_decision_date", member.CouncilDecisionDate, row.Date("council_decision_date"), v => member.CouncilDecisionDate = v); }
            if (row.Has("street_address")) { Set("street_address", member.StreetAddress, row.Text("street_address", 200), v => member.StreetAddress = v); }
            if (row.Has("postal_code")) { Set("postal_code", member.PostalCode, row.Text("postal_code", 20), v => member.PostalCode = v); }
            if (row.Has("city")) { Set("city", member.City, row.Text("city", 100), v => member.City = v); }
            if (row.Has("invoice_address")) { Set("invoice_address", member.InvoiceAddress, row.Text("invoice_address", 500), v => member.InvoiceAddress = v); }
            if (row.Has("invoice_reference")) { Set("invoice_reference", member.InvoiceReference, row.Text("invoice_reference", 100), v => member.InvoiceReference = v); }
            if (row.Has("website")) { Set("website", member.Website, row.Website(), v => member.Website = v); }
            if (row.Has("population") && row.Number("population") is { } population)
            {
                var year = row.Number("population_year") ?? today.Year - 1;
                var figure = member.Populations.FirstOrDefault(p => p.Year == year);
                if (figure is null)
                {
                    member.Populations.Add(new PopulationFigure { Year = year, Population = population, Source = "Import" });
                    changed.Add("population");
                }
                else if (figure.Population != population)
                {
                    figure.Population = population;
                    changed.Add("population");
                }
            }

            if (errors.Count > errorsBefore)
            {
                continue;
            }

            if (isNew)
            {
                db.Members.Add(member);
                members.Add(member);
            }

            if (isNew || changed.Count > 0)
            {
                changes.Add(new ImportChange(line, name, isNew, isNew ? [] : changed));
            }
        }

        if (changes.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(0, "NothingToChange"));
        }

        return new ImportPlan(changes, errors);
    }

    /// <summary>One line of the file, read by column name; every unreadable value adds an error for its line.</summary>
    private sealed class Row(CsvReader reader, string[] headers, int line, List<ImportError> errors)
    {
        public bool Has(string column) => headers.Contains(column);

        public string? Text(string column, int maxLength)
        {
            if (!reader.TryGetFieldIndex(column, out var index) || index >= reader.FieldCount)
            {
                return null;
            }

            var value = reader.GetString(index).Trim();
            if (value.Length > maxLength)
            {
                errors.Add(new ImportError(line, "TooLong", column, maxLength.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            return value.Length == 0 ? null : value;
        }

        public MemberKind? Kind(bool required) => Parse("kind", v => v.ToLowerInvariant() switch
        {
            "kommun" or "municipality" => MemberKind.Municipality,
            "region" => MemberKind.Region,
            _ => (MemberKind?)null,
        }, required);

        public PartOfCountry? Part() => Parse("part_of_country", v => v.ToLowerInvariant() switch
        {
            "götaland" or "gotaland" => PartOfCountry.Gotaland,
            "svealand" => PartOfCountry.Svealand,
            "norrland" => PartOfCountry.Norrland,
            _ => (PartOfCountry?)null,
        });

        public MembershipStatus? Status() => Parse("status", v => v.ToLowerInvariant() switch
        {
            "aktiv" or "active" => MembershipStatus.Active,
            "sökande" or "applicant" => MembershipStatus.Applicant,
            "utträdd" or "resigned" => MembershipStatus.Resigned,
            _ => (MembershipStatus?)null,
        });

        public string? Country() => Parse("country", v => v.Length == 2 && v.All(char.IsAsciiLetter) ? v.ToUpperInvariant() : null);

        public string? OrganisationNumber() => Parse("organisation_number", Members.OrganisationNumber.Normalize);

        public DateOnly? Date(string column) => Parse(column, v =>
            DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null);

        public int? Number(string column) => Parse(column, v =>
            int.TryParse(v.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null);

        public string? Website() => Parse("website", v =>
            Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? v : null);

        private T? Parse<T>(string column, Func<string, T?> parse, bool required = false)
        {
            var value = Text(column, 500);
            if (value is null)
            {
                if (required)
                {
                    errors.Add(new ImportError(line, "Required", column));
                }

                return default;
            }

            var parsed = parse(value);
            if (parsed is null)
            {
                errors.Add(new ImportError(line, "Invalid_" + column, column, value));
            }

            return parsed;
        }
    }
}
