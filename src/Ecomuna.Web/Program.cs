using Ecomuna.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddEcomunaLogging();
builder.AddEcomunaData();
builder.AddEcomunaAccounts();
builder.AddEcomunaEmail();
builder.AddEcomunaInvoicing();
builder.AddEcomunaSurveys();
builder.AddEcomunaNewsletters();
builder.AddEcomunaBackground();
builder.AddEcomunaWeb();

var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UseEcomunaPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the integration tests can host the app.</summary>
public partial class Program;
