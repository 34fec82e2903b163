using Procedures.Api.Problems;

namespace Procedures.Host.Tests;

public sealed class ReadmeTests
{
    static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_readme_lists_every_problem_type_with_its_status_and_meaning()
    {
        var rows = ProblemTypes.All.Select(p => $"| `{p.Uri}` | {p.Status} | {p.Meaning} |");
        Assert.Contains("| type | status | meaning |\n|---|---|---|\n" + string.Join("\n", rows) + "\n", Readme);
    }

    [Fact]
    public void The_readme_sets_up_a_fresh_machine_with_two_commands_the_host_first()
    {
        var setUp = Readme[Readme.IndexOf("## Set up on a fresh machine", StringComparison.Ordinal)..];
        setUp = setUp[..setUp.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var commands = setUp.Split("```sh\n").Skip(1).Select(block => block[..block.IndexOf("\n```", StringComparison.Ordinal)]).ToList();
        Assert.Equal(["dotnet run --project engine/Procedures.Host", "dotnet test Procedures.sln"], commands);
    }
}
