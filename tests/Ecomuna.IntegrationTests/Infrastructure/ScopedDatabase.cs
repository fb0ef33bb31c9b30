using Ecomuna.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>The portal's database as a test reaches it: a database context of its own scope for each look-up or change.</summary>
public static class ScopedDatabase
{
    /// <summary>Runs the query on a fresh database context and returns its answer.</summary>
    public static async Task<T> QueryAsync<T>(this EcomunaApp app, Func<EcomunaDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<EcomunaDbContext>());
    }

    /// <summary>Makes the change on a fresh database context and saves it.</summary>
    public static async Task ExecuteAsync(this EcomunaApp app, Func<EcomunaDbContext, Task> change)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(change);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EcomunaDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Makes the change on a fresh database context and saves it.</summary>
    public static Task ExecuteAsync(this EcomunaApp app, Action<EcomunaDbContext> change) =>
        app.ExecuteAsync(db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    /// <summary>The id of the member of that name.</summary>
    public static Task<int> MemberIdAsync(this EcomunaApp app, string name) =>
        app.QueryAsync(db => db.Members.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    /// <summary>Saves the new entities and returns the first, its id set.</summary>
    public static async Task<T> AddAsync<T>(this EcomunaApp app, T entity, params object[] more)
        where T : class
    {
        await app.ExecuteAsync(db =>
        {
            db.Add(entity);
            foreach (var other in more)
            {
                db.Add(other);
            }

            return Task.CompletedTask;
        });
        return entity;
    }
}
