namespace Procedures.Expressions.Tests;

/// <summary>Conditions legal staff write: compiled once, evaluated on a dossier's data.</summary>
public class SoundConditionTests
{
    [Theory]
    [InlineData("Tuổi >= 60 && GiớiTính == \"nữ\"", true)]
    [InlineData("Tuổi < 60 || GiớiTính == \"nam\"", false)]
    [InlineData("NgàySinh.AddYears(60) <= NgàyNộp", true)]
    [InlineData("NgàySinh.AddMonths(3).Month == 6 && NgàySinh.AddDays(1).Day == 3 && NgàyNộp.Year == 2026", true)]
    [InlineData("DanhSách.Contains(\"a\") && DanhSách.Count == 1", true)]
    [InlineData("Math.Max(Tuổi, 70) == 70 && Math.Abs(-Tuổi) == 61 && Math.Min(1, 2) == 1", true)]
    [InlineData("Math.Round(HệSố ?? 1.25m, 1) == 1.2m", true)]
    [InlineData("HọTên.StartsWith(\"Nguyễn\") && HọTên.Contains(\"Hoa\") && HọTên.EndsWith(\"Hoa\") && HọTên.Length == 14", true)]
    [InlineData("TiềnLương > 4000000 && TiềnLương.HasValue && TiềnLương.Value < 5000000m", true)]
    [InlineData("HệSố == null && HệSố is null && !(TiềnLương is null)", true)]
    [InlineData("CóSổ ? Tuổi > 18 : false", true)]
    [InlineData("HệSố.GetValueOrDefault() == 0", true)]
    public void A_whitelisted_condition_evaluates_on_the_dossier_s_data(string condition, bool expected)
    {
        var (compiled, analysis) = CompiledConditions.Compile(Fields.With(condition));

        Assert.Empty(analysis.Problems[0][0]);
        using (compiled)
            Assert.Equal(expected, compiled!.Evaluate(condition, Fields.Woman61));
    }

    [Fact]
    public void A_required_field_the_data_does_not_give_cannot_be_decided()
    {
        var (compiled, _) = CompiledConditions.Compile(Fields.With("Tuổi >= 60"));
        using (compiled)
        {
            var missing = Assert.Throws<MissingValueException>(() => compiled!.Evaluate("Tuổi >= 60", Fields.Data("{}")));
            Assert.Equal("the dossier's data has no whole number \"Tuổi\"", missing.Message);
            Assert.Throws<MissingValueException>(() => compiled!.Evaluate("Tuổi >= 60", Fields.Data("""{"Tuổi": "sáu mươi"}""")));
        }
    }

    [Fact]
    public void Conditions_of_one_version_share_one_assembly_that_unloads_when_disposed()
    {
        var alive = CompileAndUnload();
        for (var i = 0; i < 10 && alive.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(alive.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static WeakReference CompileAndUnload()
    {
        var (compiled, _) = CompiledConditions.Compile(Fields.With("Tuổi >= 60", "CóSổ", "DanhSách.Count > 0"));
        Assert.Equal(3, compiled!.Conditions.Count);
        Assert.True(compiled.Evaluate("CóSổ", Fields.Woman61));
        var assembly = new WeakReference(compiled.GetType().Assembly == typeof(CompiledConditions).Assembly ? LoadedAssembly(compiled) : null);
        compiled.Dispose();
        return assembly;
    }

    static System.Reflection.Assembly LoadedAssembly(CompiledConditions compiled) =>
        System.Runtime.Loader.AssemblyLoadContext.All.Single(c => c.Name == "conditions " + compiled.ContentHash).Assemblies.Single();

    [Fact]
    public void The_cache_shares_one_compilation_between_equal_versions_and_unloads_after_the_last_lease()
    {
        var cache = new ConditionCache();
        var first = cache.Acquire(Fields.With("Tuổi >= 60")).Lease!;
        var second = cache.Acquire(new ProcedureConditions("another key", Fields.All, ["Tuổi >= 60"])).Lease!;

        Assert.Same(first.Conditions, second.Conditions);
        first.Dispose();
        Assert.Equal(1, cache.Count);
        Assert.True(second.Conditions.Evaluate("Tuổi >= 60", Fields.Woman61));
        second.Dispose();
        Assert.Equal(0, cache.Count);
    }
}
