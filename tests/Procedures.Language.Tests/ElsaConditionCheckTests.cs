namespace Procedures.Language.Tests;

/// <summary>PRC2213 is about the branches Elsa runs, and only about conditions that are otherwise sound.</summary>
public class ElsaConditionCheckTests
{
    const string TuoiBao = "  Tuoi_bao \"Tuổi khi báo\" whole number\n";

    [Fact]
    public void A_document_s_condition_may_read_a_field_Elsa_cannot_as_it_travels_with_the_workflow_as_a_fact()
    {
        var text = BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original", "  \"Sổ bảo hiểm xã hội\" 1 original when `Tuoi_bao >= 60`")
            .Edit("  Age \"Tuổi của người lao động\" whole number\n", "  Age \"Tuổi của người lao động\" whole number\n" + TuoiBao);

        Assert.Empty(Checker.Check(text));
    }

    [Fact]
    public void A_branch_whose_condition_is_already_wrong_is_told_only_that()
    {
        var text = MessageCases.Branch(BaseProcedures.English, "branch kiem-tra \"Đủ tuổi?\" if `Tuoi_bao >= 60 && Agee < 70`", "yes", "no");

        Assert.Equal(["test.proc(30,52): error PRC2204: \"Agee\" is not a field of the dossier's data; did you mean \"Age\"?"], Checker.Check(text));
    }

    [Fact]
    public void A_branch_reading_only_fields_Elsa_reads_is_clean()
    {
        var text = MessageCases.Branch(BaseProcedures.English, "branch kiem-tra \"Đủ tuổi?\" if `Age >= 60 && Retired == true`", "yes", "no");

        Assert.Empty(Checker.Check(text));
    }
}
