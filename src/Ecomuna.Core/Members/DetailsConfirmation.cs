namespace Ecomuna.Core.Members;

/// <summary>A member's details should be confirmed by one of its contact persons at least every 12 months.</summary>
public static class DetailsConfirmation
{
    public const int Months = 12;

    /// <summary>Compared in memory: SQLite cannot compare DateTimeOffset values in SQL.</summary>
    public static bool IsOverdue(DateTimeOffset? confirmedAt, DateTimeOffset now) => confirmedAt is null || confirmedAt < now.AddMonths(-Months);
}
