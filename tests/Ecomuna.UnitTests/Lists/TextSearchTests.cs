using Ecomuna.Core.Data;
using Ecomuna.Core.Members;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.UnitTests.Lists;

public sealed class TextSearchTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly EcomunaDbContext db;

    public TextSearchTests()
    {
        db = new EcomunaDbContext(new DbContextOptionsBuilder<EcomunaDbContext>().UseSqlite(connection).AddInterceptors(new SqliteUnicodeCase()).Options);
        db.Database.OpenConnection();
        db.Database.EnsureCreated();
        db.Members.AddRange(new Member { Name = "Örebro kommun" }, new Member { Name = "Åre kommun" }, new Member { Name = "Södertälje kommun" });
        db.SaveChanges();
    }

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }

    [Theory]
    [InlineData("ö", new[] { "Södertälje kommun", "Örebro kommun" })]
    [InlineData("ÖREBRO", new[] { "Örebro kommun" })]
    [InlineData("åre", new[] { "Åre kommun" })]
    [InlineData("Å", new[] { "Åre kommun" })]
    [InlineData("TÄLJE", new[] { "Södertälje kommun" })]
    [InlineData(" ", new[] { "Södertälje kommun", "Åre kommun", "Örebro kommun" })]
    public async Task WhereContains_OnSqlite_IgnoresTheCaseOfNonAsciiLetters(string term, string[] expected)
    {
        var names = await db.Members.WhereContains(term, m => m.Name, m => m.County).Select(m => m.Name).ToListAsync();

        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WhereLowerIn_MatchesWhateverTheCase()
    {
        var names = await db.Members.WhereLowerIn(m => m.Name, ["åre kommun"]).Select(m => m.Name).ToListAsync();

        Assert.Equal(["Åre kommun"], names);
    }
}
