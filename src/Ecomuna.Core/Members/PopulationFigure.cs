namespace Ecomuna.Core.Members;

/// <summary>A municipality's population for one year; the fee is computed from it.</summary>
public sealed class PopulationFigure
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public int Year { get; set; }
    public int Population { get; set; }
    public DateOnly? ReferenceDate { get; set; }
    public string? Source { get; set; }
}
