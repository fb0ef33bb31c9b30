using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Ecomuna.Core.Data;

/// <summary>
/// Case-insensitive text matching that the database runs, with the same result on SQLite and PostgreSQL: the text is
/// compared through SQL lower(), which <see cref="SqliteUnicodeCase"/> makes Unicode-aware on SQLite, so "öre" finds
/// "Örebro". Where a database's lower() still leaves Å, Ä and Ö alone, the term with a capital first letter is
/// looked for too.
/// </summary>
[SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); the culture overloads cannot be.")]
[SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower(); the culture overloads cannot be.")]
[SuppressMessage("Performance", "CA1862", Justification = "The StringComparison overloads cannot be translated to SQL.")]
public static class TextSearch
{
    private static readonly System.Reflection.MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>The rows where any of <paramref name="fields"/> contains <paramref name="term"/>; all rows for a blank term.</summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> query, string? term, params Expression<Func<T, string?>>[] fields) =>
        string.IsNullOrWhiteSpace(term) ? query : query.Where(Containing(term, fields));

    /// <summary>Whether any of <paramref name="fields"/> contains <paramref name="term"/>, ignoring case, as a condition for the database.</summary>
    public static Expression<Func<T, bool>> Containing<T>(string term, params Expression<Func<T, string?>>[] fields)
    {
        var lowered = term.Trim().ToLowerInvariant();
        var terms = lowered.Length == 0 ? [lowered] : new[] { lowered, string.Concat(lowered[..1].ToUpperInvariant(), lowered[1..]) }.Distinct();
        var row = Expression.Parameter(typeof(T), "row");
        var body = fields
            .Select(field => Expression.Call(ReplacingExpressionVisitor.Replace(field.Parameters[0], row, field.Body), ToLower))
            .SelectMany(lower => terms.Select(t => (Expression)Expression.Call(lower, Contains, Parameter(t))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>The rows whose <paramref name="field"/> equals one of <paramref name="loweredValues"/>, ignoring its case.</summary>
    public static IQueryable<T> WhereLowerIn<T>(this IQueryable<T> query, Expression<Func<T, string>> field, IReadOnlyCollection<string> loweredValues) =>
        query.Where(Lowered(field, lower => Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Parameter<IEnumerable<string>>(loweredValues), lower)));

    /// <summary>Whether <paramref name="field"/>, lowered, equals <paramref name="loweredValue"/>, as a condition for the database.</summary>
    public static Expression<Func<T, bool>> LowerEquals<T>(Expression<Func<T, string>> field, string loweredValue) =>
        Lowered(field, lower => Expression.Equal(lower, Parameter(loweredValue)));

    /// <summary>A value the database gets as a query parameter, as a captured variable would be, not as a literal in the SQL.</summary>
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Captured<TValue>(value)), nameof(Captured<TValue>.Value));

    private static Expression<Func<T, bool>> Lowered<T>(Expression<Func<T, string>> field, Func<Expression, Expression> test) =>
        Expression.Lambda<Func<T, bool>>(test(Expression.Call(field.Body, ToLower)), field.Parameters);

    private sealed record Captured<TValue>(TValue Value);
}
