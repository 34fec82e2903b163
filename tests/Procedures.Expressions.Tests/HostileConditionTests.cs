namespace Procedures.Expressions.Tests;

/// <summary>
/// Every line of hostile-conditions.txt tries to reach outside the condition. Each must be refused with a problem
/// located inside it, and none may run: nothing is emitted for a procedure with a refused condition.
/// </summary>
public class HostileConditionTests
{
    const string Canary = "/tmp/procedures-canary";

    public static TheoryData<string> Lines() => new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "hostile-conditions.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith("-- ", StringComparison.Ordinal)));

    [Fact]
    public void The_file_holds_at_least_sixty_hostile_conditions() => Assert.True(Lines().Count >= 60, $"{Lines().Count} lines");

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_hostile_condition_is_refused_where_it_is_and_never_run(string condition)
    {
        File.Delete(Canary);

        var (compiled, analysis) = CompiledConditions.Compile(Fields.With(condition));

        Assert.Null(compiled);
        var problems = analysis.Problems[0][0];
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.InRange(p.Offset, 0, condition.Length));
        Assert.All(problems, p => Assert.InRange(p.Offset + p.Length, p.Offset, condition.Length));
        Assert.False(File.Exists(Canary));
    }

    [Fact]
    public void A_procedure_with_one_hostile_condition_among_sound_ones_emits_nothing()
    {
        var (compiled, analysis) = CompiledConditions.Compile(Fields.With("Tuổi >= 60", "System.IO.File.Exists(\"/x\")", "CóSổ"));

        Assert.Null(compiled);
        Assert.Empty(analysis.Problems[0][0]);
        Assert.Equal(ConditionProblemKind.MemberNotAllowed, Assert.Single(analysis.Problems[0][1]).Kind);
        Assert.Empty(analysis.Problems[0][2]);
    }
}
