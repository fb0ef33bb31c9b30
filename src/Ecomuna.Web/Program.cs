using Ecomuna.Core.Audit;
using Ecomuna.Core.Background;
using Ecomuna.Core.Email;
using Ecomuna.Core.Events;
using Ecomuna.Core.Examples;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Core.Newsletters;
using Ecomuna.Core.Privacy;
using Ecomuna.Core.Site;
using Ecomuna.Core.Surveys;

var builder = WebApplication.CreateBuilder(args);
builder.AddEcomunaLogging();

// The features, each registered from its own folder in Ecomuna.Core. Their scheduled jobs run and are listed in
// the order of these lines.
builder.AddData();
builder.AddAccounts();
builder.AddEmail();
builder.AddBackground();
builder.AddNewsletters();
builder.AddEvents();
builder.AddInvoicing();
builder.AddMembers();
builder.AddSurveys();
builder.AddPrivacy();
builder.AddAudit();
builder.AddExamples();
builder.AddKeyIndicators();
builder.AddSite();

// The web: pages and HTTP plumbing.
builder.AddEcomunaData();
builder.AddEcomunaSignIn();
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
