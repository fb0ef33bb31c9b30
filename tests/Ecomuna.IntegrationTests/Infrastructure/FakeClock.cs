namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>A clock the tests set and move.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public void Advance(TimeSpan by) => _now += by;
}
