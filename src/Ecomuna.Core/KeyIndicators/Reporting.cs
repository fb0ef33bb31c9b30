namespace Ecomuna.Core.KeyIndicators;

/// <summary>A year the secretariat collects key indicators for: open until closed, with a deadline to aim for.</summary>
public sealed class ReportingYear
{
    public int Id { get; set; }
    public int Year { get; set; }
    public DateOnly Deadline { get; set; }
    public DateTime OpenedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    public bool IsOpen => ClosedAtUtc is null;
}

public enum ReportStatus
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
}

/// <summary>One member's report for one year: a draft until the member submits it. Only submitted values are public.</summary>
public sealed class IndicatorReport
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int Year { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
}

/// <summary>A member's value of one indicator in one year, with where it comes from.</summary>
public sealed class IndicatorValue
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int KeyIndicatorId { get; set; }
    public KeyIndicator KeyIndicator { get; set; } = null!;
    public int Year { get; set; }
    public double Value { get; set; }
    public string? Comment { get; set; }
    public string? Source { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Corrections made after the value was reported, oldest first by id.</summary>
    public List<IndicatorValueChange> Changes { get; } = [];
}

/// <summary>A correction of a reported value: what it was, what it became, who changed it, when and why.</summary>
public sealed class IndicatorValueChange
{
    public int Id { get; set; }
    public int IndicatorValueId { get; set; }
    public double OldValue { get; set; }
    public double NewValue { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedAtUtc { get; set; }
    public string Reason { get; set; } = "";
}
