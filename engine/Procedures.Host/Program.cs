using Procedures.Host;

if (args.Length > 0 && args[0] == TokenCommand.Name)
{
    var configuration = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
    return TokenCommand.Run(args[1..], configuration, Console.Out, Console.Error);
}

var app = ProcedureHost.Create(args);
await app.RunAsync();
return 0;

/// <summary>The entry point, for WebApplicationFactory.</summary>
public partial class Program;
