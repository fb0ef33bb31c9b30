namespace Ecomuna.Core.KeyIndicators;

/// <summary>A member's place among the members that reported an indicator in a year; equal values share a rank.</summary>
public sealed record RankedValue(int Rank, int MemberId, string Member, double Value);

/// <summary>One page of an indicator's ranking in a year, with the whole network's count, median and average.</summary>
public sealed record Ranking(int Count, double? Median, double? Average, IReadOnlyList<RankedValue> Rows);

/// <summary>One point of a member's trend, with the network's average that year.</summary>
public sealed record TrendPoint(int Year, double Value, double NetworkAverage);

public sealed record Trend(KeyIndicator Indicator, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// Compares members' submitted key indicators. Everything is counted, ordered and paged in the database, one
/// indicator and year at a time, so it stays quick with thousands of members and many years.
/// </summary>
public sealed class IndicatorComparison(EcomunaDbContext db, NetworkAverages networkAverages)
{
    /// <summary>The years that have submitted values of the indicator, newest first.</summary>
    public async Task<List<int>> YearsAsync(int indicatorId, CancellationToken ct = default) =>
        [.. (await networkAverages.GetAsync(db, ct)).Keys.Where(k => k.IndicatorId == indicatorId).Select(k => k.Year).OrderByDescending(y => y)];

    /// <summary>Best first in the indicator's direction; <paramref name="take"/> null for all.</summary>
    public async Task<Ranking> RankingAsync(KeyIndicator indicator, int year, int skip = 0, int? take = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var values = IndicatorReporting.Submitted(db).Where(v => v.KeyIndicatorId == indicator.Id && v.Year == year);
        var count = await values.CountAsync(ct);
        if (count == 0)
        {
            return new Ranking(0, null, null, []);
        }

        var average = await values.AverageAsync(v => v.Value, ct);
        var middle = await values.OrderBy(v => v.Value).Skip((count - 1) / 2).Take(count % 2 == 0 ? 2 : 1).Select(v => v.Value).ToListAsync(ct);
        var median = middle.Average();

        var rows = from v in values
                   join m in db.Members on v.MemberId equals m.Id
                   select new { v.MemberId, m.Name, v.Value };
        var ordered = indicator.Direction == IndicatorDirection.LowerIsBetter
            ? rows.OrderBy(r => r.Value).ThenBy(r => r.Name)
            : rows.OrderByDescending(r => r.Value).ThenBy(r => r.Name);
        var paged = ordered.Skip(skip);
        var page = await (take is { } n ? paged.Take(n) : paged).ToListAsync(ct);

        var ranked = new List<RankedValue>(page.Count);
        if (page.Count > 0)
        {
            var first = page[0].Value;
            var rank = 1 + await (indicator.Direction == IndicatorDirection.LowerIsBetter
                ? values.CountAsync(v => v.Value < first, ct)
                : values.CountAsync(v => v.Value > first, ct));
            for (var i = 0; i < page.Count; i++)
            {
                if (i > 0 && page[i].Value != page[i - 1].Value)
                {
                    rank = skip + i + 1;
                }

                ranked.Add(new RankedValue(rank, page[i].MemberId, page[i].Name, page[i].Value));
            }
        }

        return new Ranking(count, median, average, ranked);
    }

    /// <summary>Every indicator the member has submitted values for, with its values by year, oldest first.</summary>
    public async Task<IReadOnlyList<Trend>> TrendsAsync(int memberId, CancellationToken ct = default)
    {
        var own = await IndicatorReporting.Submitted(db).AsNoTracking().Include(v => v.KeyIndicator)
            .Where(v => v.MemberId == memberId)
            .ToListAsync(ct);
        if (own.Count == 0)
        {
            return [];
        }

        var averages = await networkAverages.GetAsync(db, ct);
        if (own.Any(v => !averages.ContainsKey((v.KeyIndicatorId, v.Year))))
        {
            // Submitted through another instance since the averages were taken.
            networkAverages.Invalidate();
            averages = await networkAverages.GetAsync(db, ct);
        }
        return [.. own.GroupBy(v => v.KeyIndicatorId)
            .Select(g => new Trend(
                g.First().KeyIndicator,
                [.. g.OrderBy(v => v.Year).Select(v => new TrendPoint(v.Year, v.Value, averages.GetValueOrDefault((v.KeyIndicatorId, v.Year), v.Value)))]))
            .OrderByDescending(t => t.Indicator.ValidFromYear).ThenBy(t => t.Indicator.Code, IndicatorCodeOrder.Instance)];
    }
}
