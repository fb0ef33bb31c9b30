using Ecomuna.Core.Audit;
using Ecomuna.Core.Demo;

namespace Ecomuna.Web.Infrastructure;

/// <summary>
/// Operator commands, run as <c>dotnet Ecomuna.Web.dll &lt;command&gt;</c> with the same configuration as the portal:
/// <c>migrate</c>, <c>create-admin --email ADDRESS [--name NAME]</c> and <c>seed-demo</c>.
/// </summary>
internal static class CommandLine
{
    public const string AdminPasswordVariable = "ECOMUNA_ADMIN_PASSWORD";

    private static readonly string[] Commands = ["migrate", "create-admin", "seed-demo"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // Without a request there is no request localization, and the resources have no neutral-culture texts:
        // Identity's errors would print as their resource keys. Operator output is in English.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SupportedCultures.English);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args[0])
        {
            case "migrate":
                var applied = await services.GetRequiredService<SchemaMigrator>().MigrateAsync();
                await app.Services.EnsureSiteContentAsync();
                Console.WriteLine(applied.Count == 0
                    ? "The database schema is up to date."
                    : $"Applied schema versions {string.Join(", ", applied)}.");
                return 0;

            case "seed-demo":
                await services.GetRequiredService<SchemaMigrator>().MigrateAsync();
                await app.Services.EnsureSiteContentAsync();
                await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
                Console.WriteLine($"Demo data loaded (if the database had no members). Demo password: {DemoDataSeeder.Password}");
                return 0;

            default:
                return await CreateAdminAsync(services, args);
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = OptionValue(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email ADDRESS [--name \"Full Name\"]. The password is read from "
                + $"{AdminPasswordVariable} or asked for.");
            return 2;
        }

        var migrator = services.GetRequiredService<SchemaMigrator>();
        if (await migrator.CurrentVersionAsync() < SchemaMigrator.LatestVersion(migrator.Provider))
        {
            await Console.Error.WriteLineAsync("The database schema is not up to date. Run the 'migrate' command first.");
            return 1;
        }

        var password = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = ReadPassword("Password for " + email + ": ");
        }

        await DemoDataSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with the email {email} already exists.");
            return 1;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = OptionValue(args, "--name") ?? email,
            CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            await services.GetRequiredService<AuditLog>().RecordAsync(
                AuditKind.RoleGranted, $"Role {Roles.Admin} granted to {email} by the create-admin command", AuditTarget.User(user));
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Could not create the admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine($"Created admin {email}.");
        return 0;
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadPassword(string prompt)
    {
        Console.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
