namespace Procedures.Expressions.Tests;

/// <summary>What each broken condition is reported as: the kind, where, and the values the message names.</summary>
public class ProblemTests
{
    static string Describe(string condition)
    {
        var problem = Assert.Single(ConditionAnalysis.Run([Fields.With(condition)]).Problems[0][0]);
        return $"{problem.Kind} {problem.Offset}+{problem.Length} {string.Join(" | ", problem.Arguments)}";
    }

    [Theory]
    [InlineData("Age >= ", "Syntax 7+0 Expected expression")]
    [InlineData("HọTên == \"Nguyễn", "Syntax 9+0 Newline in constant")]
    [InlineData("Tuổi >= 60 và GiớiTính = \"nữ\"", "NotOneExpression 11+18 ")]
    [InlineData("Tuoi >= 60", "UnknownName 0+4 Tuoi")]
    [InlineData("Tuổi >= \"60\"", "TypeMismatch 5+2 Operator '>=' cannot be applied to operands of type 'long' and 'string' | >= | whole-number | text")]
    [InlineData("Tuổi + 1", "NotYesNo 0+8 whole-number")]
    [InlineData("HọTên", "NotYesNo 0+5 text")]
    [InlineData("HọTên.ToUpper() == \"X\"", "MemberNotAllowed 6+7 String.ToUpper")]
    [InlineData("(() => true)()", "NotAllowed 1+10 lambda")]
    [InlineData("#r \"x.dll\"", "Directive 0+1 ")]
    [InlineData("true // x", "NotAllowed 5+4 comment")]
    [InlineData("new string('x', 3) == \"xxx\"", "NotAllowed 0+18 new")]
    public void A_broken_condition_is_one_located_problem(string condition, string expected) =>
        Assert.Equal(expected, Describe(condition));
}
