using Procedures.Language.Diagnostics;

namespace Procedures.Language.Tests;

/// <summary>Every diagnostic code, triggered by one mistake in a valid procedure, prints exactly the expected lines.</summary>
public class DiagnosticMessageTests
{
    public static TheoryData<string> CaseNames() => new(MessageCases.ByName.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Mistake_prints_exactly_these_lines(string name)
    {
        var @case = MessageCases.ByName[name];
        Assert.Equal(@case.Expected, @case.Check());
    }

    /// <summary>PRC1xxx (reading) and PRC2xxx (checking) come from <see cref="Compilation"/>; PRC3xxx belong to the workflow compiler and its tests.</summary>
    [Fact]
    public void Every_reading_and_checking_code_of_the_catalogue_has_a_message_test()
    {
        var tested = MessageCases.ByName.Values
            .SelectMany(c => c.Expected)
            .Select(line => line.Split(' ')[2].TrimEnd(':'))
            .ToHashSet();
        var untested = DiagnosticCatalogue.All.Select(d => d.Code)
            .Where(code => code.StartsWith("PRC1", StringComparison.Ordinal) || code.StartsWith("PRC2", StringComparison.Ordinal))
            .Where(code => !tested.Contains(code)).ToArray();
        Assert.Empty(untested);
    }

    [Fact]
    public void Each_case_is_named_after_a_code_it_prints()
    {
        foreach (var @case in MessageCases.ByName.Values)
            Assert.Contains(@case.Expected, line => line.Contains($" {@case.Name[..7]}: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BaseProcedures.English)]
    [InlineData(BaseProcedures.Vietnamese)]
    public void Base_procedure_is_valid(string text) => Assert.Empty(Checker.Check(text));
}
