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
var folder = HostSettings.From(app.Configuration).Folder;
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"procedures host: there is no procedures folder at {Path.GetFullPath(folder)}; set Procedures:Folder (or Procedures__Folder)");
    return 1;
}
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is Procedures.Engine.EngineStartException or IOException or UnauthorizedAccessException or InvalidOperationException)
{
    Console.Error.WriteLine($"procedures host: cannot start: {e.Message}");
    return 1;
}

/// <summary>The entry point, for WebApplicationFactory.</summary>
public partial class Program;
