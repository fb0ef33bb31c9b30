namespace Ecomuna.Core.Examples;

public static class ExamplesRegistration
{
    /// <summary>The mail that tells an author what the secretariat decided about their example.</summary>
    public static void AddExamples(this IHostApplicationBuilder builder) => builder.Services.AddScoped<ExampleMail>();
}
