using Procedures.Workflows.Facts;

namespace Procedures.Expressions.Tests;

/// <summary>Conditions rewritten for Elsa's C#: each read of a data field becomes <c>Input.&lt;field&gt;</c>, nothing else changes.</summary>
public class ElsaConditionTests
{
    static string Translate(string condition)
    {
        var translated = ElsaConditions.Translate(Fields.All, condition);
        Assert.Empty(translated.Problems);
        return translated.Text;
    }

    [Theory]
    [InlineData("Tuổi >= 60", "Input.Tuổi >= 60")]
    [InlineData("Tuổi>=60&&GiớiTính==\"nữ\"", "Input.Tuổi>=60&&Input.GiớiTính==\"nữ\"")]
    [InlineData("NgàySinh.AddYears(60) <= NgàyNộp", "Input.NgàySinh.AddYears(60) <= Input.NgàyNộp")]
    [InlineData("Math.Max(Tuổi, 18) == Tuổi", "Math.Max(Input.Tuổi, 18) == Input.Tuổi")]
    [InlineData("HọTên.Length > 3 && DanhSách.Contains(\"a\")", "Input.HọTên.Length > 3 && Input.DanhSách.Contains(\"a\")")]
    [InlineData("HọTên == \"Tuổi\" || CóSổ", "Input.HọTên == \"Tuổi\" || Input.CóSổ")]
    [InlineData("(TiềnLương ?? 0) > 0 && TiềnLương is not null", "(Input.TiềnLương ?? 0) > 0 && Input.TiềnLương is not null")]
    [InlineData("  !CóSổ ? Tuổi > 1 : HệSố.HasValue  ", "  !Input.CóSổ ? Input.Tuổi > 1 : Input.HệSố.HasValue  ")]
    public void Every_read_of_a_field_is_an_input_and_nothing_else_changes(string condition, string expected) =>
        Assert.Equal(expected, Translate(condition));

    [Fact]
    public void A_field_whose_name_is_not_letters_and_digits_is_a_located_problem_with_a_name_Elsa_can_read()
    {
        DataField[] fields = [new("Tuoi_bao", DataType.WholeNumber, true), new("Tuổi", DataType.WholeNumber, true)];

        var translated = ElsaConditions.Translate(fields, "Tuổi > 1 && Tuoi_bao >= 60");

        var problem = Assert.Single(translated.Problems);
        Assert.Equal((ConditionProblemKind.NotReadableByElsa, 12, 8), (problem.Kind, problem.Offset, problem.Length));
        Assert.Equal(["Tuoi_bao", "TuoiBao"], problem.Arguments.ToArray());
        Assert.Equal("Input.Tuổi > 1 && Input.Tuoi_bao >= 60", translated.Text);
    }

    [Theory]
    [InlineData("Get", true)]
    [InlineData("ExecutionContext", true)]
    [InlineData("WorkflowInputsProxy", true)]
    [InlineData("Tuổi", false)]
    [InlineData("GetAge", false)]
    public void Names_Elsa_s_input_class_has_itself_are_reserved(string name, bool reserved) =>
        Assert.Equal(reserved, ElsaConditions.IsReservedInputName(name));

    [Theory]
    [InlineData("Tuổi", true)]
    [InlineData("NgàySinh2", true)]
    [InlineData("Tuoi_bao", false)]
    public void Elsa_gives_a_property_only_to_names_of_letters_and_digits(string name, bool property) =>
        Assert.Equal(property, ElsaConditions.HasInputProperty(name));
}
