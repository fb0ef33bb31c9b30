using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ecomuna.Core.Data;

/// <summary>Times stored as UTC come back marked as UTC on every database (SQLite forgets the kind).</summary>
internal static class UtcDateTime
{
    public static readonly ValueConverter<DateTime, DateTime> Converter = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static readonly ValueConverter<DateTime?, DateTime?> NullableConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
