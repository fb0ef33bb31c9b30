using Ecomuna.Core.Data;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// A test class on its own copy of the portal (<see cref="SqliteApp"/> or <see cref="PostgresApp"/>), with the plumbing
/// every such class uses: the app, scoped database look-ups and changes, and clients signed in as each demo role.
/// </summary>
public abstract class AppTests<TApp>(TApp fixture) : IClassFixture<TApp>
    where TApp : AppFixture
{
    protected EcomunaApp App => fixture.App;

    protected DatabaseProvider Provider => fixture.Provider;

    protected Task<T> QueryAsync<T>(Func<EcomunaDbContext, Task<T>> query) => App.QueryAsync(query);

    protected Task ExecuteAsync(Func<EcomunaDbContext, Task> change) => App.ExecuteAsync(change);

    protected Task ExecuteAsync(Action<EcomunaDbContext> change) => App.ExecuteAsync(change);

    protected HttpClient AnonymousClient() => App.AnonymousClient();

    protected Task<HttpClient> SignedInAsync(string email, string password = Core.Demo.DemoDataSeeder.Password) => App.SignedInAsync(email, password);

    protected Task<HttpClient> AdminAsync() => App.AdminAsync();

    protected Task<HttpClient> ContactPersonAsync(string member) => App.ContactPersonAsync(member);

    protected Task<HttpClient> NetworkMemberAsync() => App.NetworkMemberAsync();
}
