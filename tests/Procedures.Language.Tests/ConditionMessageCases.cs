namespace Procedures.Language.Tests;

/// <summary>Mistakes in the dossier's data and its conditions (PRC21xx, PRC22xx), located inside the backticks, in both languages.</summary>
static partial class MessageCases
{
    const string Book = "  \"Sổ bảo hiểm xã hội\" 1 original";
    const string BookVi = "  \"Sổ bảo hiểm xã hội\" 1 bản chính";

    static string When(string condition) => BaseProcedures.English.Edit(Book, Book + " when `" + condition + "`");

    static string Khi(string condition) => BaseProcedures.Vietnamese.Edit(BookVi, BookVi + " khi `" + condition + "`");

    /// <summary>
    /// The base procedure with a branch before the consultation (the appraisal's first outcome leads to it) and a
    /// whole-number field Tuoi_bao, whose "_" Elsa's C# cannot read.
    /// </summary>
    internal static string Branch(string text, string branch, string yes, string no)
    {
        var vi = text == BaseProcedures.Vietnamese;
        var (sufficient, consult) = vi ? ("    du -> xac-nhan", "  lấy ý kiến xac-nhan") : ("    sufficient -> xac-nhan", "  consult xac-nhan");
        var age = vi ? "  Age \"Tuổi của người lao động\" số nguyên\n" : "  Age \"Tuổi của người lao động\" whole number\n";
        return text
            .Edit(sufficient, sufficient.Replace("xac-nhan", "kiem-tra", StringComparison.Ordinal))
            .Edit(consult, $"  {branch}\n    {yes} -> xac-nhan\n    {no} -> xac-nhan\n{consult}")
            .Edit(age, age + (vi ? "  Tuoi_bao \"Tuổi khi báo\" số nguyên\n" : "  Tuoi_bao \"Tuổi khi báo\" whole number\n"));
    }

    public static readonly MessageCase[] ConditionCases =
    [
        Case("PRC2101 field name with hyphens", BaseProcedures.English.Edit("  Age \"Tuổi", "  Tuổi-lao-động \"Tuổi"),
            [
            "test.proc(40,3): error PRC2101: \"Tuổi-lao-động\" cannot name a data field: write one word of letters, digits and _, starting with a letter, e.g. NgàySinh",
            ]),
        Case("PRC2101 field name with hyphens vi", BaseProcedures.Vietnamese.Edit("  Age \"Tuổi", "  Tuổi-lao-động \"Tuổi"),
            [
            "test.proc(40,3): error PRC2101: \"Tuổi-lao-động\" không dùng làm tên trường dữ liệu được: viết liền một từ gồm chữ, số và dấu _, bắt đầu bằng chữ, ví dụ NgàySinh",
            ]),
        Case("PRC2102 unknown field set", BaseProcedures.English.Edit("\ndata\n", "\ndata\n  use nguoi-nopp\n"),
            [
            "test.proc(40,7): error PRC2102: unknown field set \"nguoi-nopp\"; did you mean \"nguoi-nop\"?",
            ]),
        Case("PRC2102 unknown field set vi", BaseProcedures.Vietnamese.Edit("\ndữ liệu\n", "\ndữ liệu\n  dùng nguoi-nopp\n"),
            [
            "test.proc(40,8): error PRC2102: không có nhóm dữ liệu \"nguoi-nopp\"; có phải \"nguoi-nop\"?",
            ]),
        Case("PRC2103 a name Elsa's C# has", BaseProcedures.English.Edit("  Age \"Tuổi", "  Get \"Tuổi"),
            [
            "test.proc(40,3): error PRC2103: \"Get\" cannot name a data field: Elsa's C# already uses the name Get, so no condition of the workflow exported to Elsa would compile; choose another name",
            ]),
        Case("PRC2103 a name Elsa's C# has vi", BaseProcedures.Vietnamese.Edit("  Age \"Tuổi", "  ExecutionContext \"Tuổi"),
            [
            "test.proc(40,3): error PRC2103: \"ExecutionContext\" không dùng làm tên trường dữ liệu được: C# của Elsa đã dùng tên ExecutionContext, nên không điều kiện nào của quy trình xuất sang Elsa biên dịch được; hãy đặt tên khác",
            ]),
        Case("PRC2213 a branch reads a field Elsa cannot", Branch(BaseProcedures.English, "branch kiem-tra \"Đủ tuổi?\" if `Tuoi_bao >= 60 && Age < 70`", "yes", "no"),
            [
            "test.proc(30,34): error PRC2213: the workflow exported to Elsa cannot read \"Tuoi_bao\": Elsa's C# reads only fields named with letters and digits; rename the field, e.g. TuoiBao",
            ]),
        Case("PRC2213 a branch reads a field Elsa cannot vi", Branch(BaseProcedures.Vietnamese, "rẽ nhánh kiem-tra \"Đủ tuổi?\" nếu `Tuoi_bao >= 60 && Age < 70`", "có", "không"),
            [
            "test.proc(30,37): error PRC2213: quy trình xuất sang Elsa không đọc được \"Tuoi_bao\": C# của Elsa chỉ đọc các trường có tên gồm chữ và số; hãy đổi tên trường, ví dụ TuoiBao",
            ]),
        Case("PRC2201 unfinished comparison", When("Age >= "),
            [
            "test.proc(22,47): error PRC2201: the condition is not valid C#: Expected expression",
            ]),
        Case("PRC2201 unfinished comparison vi", Khi("Age >= "),
            [
            "test.proc(22,47): error PRC2201: điều kiện không đúng cú pháp C#: Expected expression",
            ]),
        Case("PRC2202 Vietnamese and", When("Age >= 60 và Reason == \"thôi việc\""),
            [
            "test.proc(22,51): error PRC2202: a condition is one C# expression; \"và Reason == \"thôi việc\"\" cannot follow it (join conditions with && or ||)",
            ]),
        Case("PRC2202 Vietnamese and vi", Khi("Age >= 60 và Reason == \"thôi việc\""),
            [
            "test.proc(22,51): error PRC2202: điều kiện chỉ là một biểu thức C#; không viết tiếp \"và Reason == \"thôi việc\"\" được (nối các điều kiện bằng && hoặc ||)",
            ]),
        Case("PRC2203 too deep", When(new string('(', 40) + "Age > 0" + new string(')', 40)),
            [
            "test.proc(22,41): error PRC2203: the condition is too long or too deeply nested (at most 1000 characters and 32 levels of brackets)",
            ]),
        Case("PRC2203 too deep vi", Khi(new string('(', 40) + "Age > 0" + new string(')', 40)),
            [
            "test.proc(22,41): error PRC2203: điều kiện quá dài hoặc lồng quá sâu (tối đa 1000 ký tự và 32 lớp ngoặc)",
            ]),
        Case("PRC2204 misspelt field", When("Agee >= 60"),
            [
            "test.proc(22,41): error PRC2204: \"Agee\" is not a field of the dossier's data; did you mean \"Age\"?",
            ]),
        Case("PRC2204 misspelt field vi", Khi("Agee >= 60"),
            [
            "test.proc(22,41): error PRC2204: \"Agee\" không phải trường dữ liệu của hồ sơ; có phải \"Age\"?",
            ]),
        Case("PRC2205 number against text", When("Age >= \"60\""),
            [
            "test.proc(22,45): error PRC2205: \">=\" cannot be used between a whole number and text",
            ]),
        Case("PRC2205 number against text vi", Khi("Age >= \"60\""),
            [
            "test.proc(22,45): error PRC2205: không dùng \">=\" giữa số nguyên và văn bản được",
            ]),
        Case("PRC2206 a choice between a number and text", When("(Age > 1 ? 1 : \"một\") == 1"),
            [
            "test.proc(22,42): error PRC2206: values of kinds that do not go together: Type of conditional expression cannot be determined because there is no implicit conversion between 'int' and 'string'",
            ]),
        Case("PRC2206 a choice between a number and text vi", Khi("(Age > 1 ? 1 : \"một\") == 1"),
            [
            "test.proc(22,42): error PRC2206: các giá trị không cùng loại: Type of conditional expression cannot be determined because there is no implicit conversion between 'int' and 'string'",
            ]),
        Case("PRC2207 a number is not a decision", When("Age + 1"),
            [
            "test.proc(22,41): error PRC2207: the condition gives a whole number, not yes or no; compare it with something",
            ]),
        Case("PRC2207 a number is not a decision vi", Khi("Age + 1"),
            [
            "test.proc(22,41): error PRC2207: điều kiện cho ra số nguyên, không phải có hoặc không; hãy so sánh nó với một giá trị",
            ]),
        Case("PRC2208 lambda", When("(() => true)()"),
            [
            "test.proc(22,42): error PRC2208: a lambda (=>) is not allowed in a condition",
            ]),
        Case("PRC2208 lambda vi", Khi("(() => true)()"),
            [
            "test.proc(22,42): error PRC2208: điều kiện không được dùng biểu thức lambda (=>)",
            ]),
        Case("PRC2209 reading a file", When("System.IO.File.Exists(\"/etc/passwd\")"),
            [
            "test.proc(22,56): error PRC2209: \"File.Exists\" is not allowed in a condition; only the dossier's data fields and the members listed in dsl/README.md are",
            ]),
        Case("PRC2209 reading a file vi", Khi("System.IO.File.Exists(\"/etc/passwd\")"),
            [
            "test.proc(22,56): error PRC2209: điều kiện không được dùng \"File.Exists\"; chỉ dùng các trường dữ liệu của hồ sơ và các thành phần liệt kê trong dsl/README.md",
            ]),
        Case("PRC2210 directive", When("#r \"evil.dll\""),
            [
            "test.proc(22,41): error PRC2210: directives (#r, #load, #define …) are not allowed in a condition",
            ]),
        Case("PRC2210 directive vi", Khi("#r \"evil.dll\""),
            [
            "test.proc(22,41): error PRC2210: điều kiện không được chứa chỉ thị (#r, #load, #define …)",
            ]),
        Case("PRC2211 constant overflow", When("9223372036854775807 + 1 > Age"),
            [
            "test.proc(22,41): error PRC2211: the condition does not compile: The operation overflows at compile time in checked mode",
            ]),
        Case("PRC2211 constant overflow vi", Khi("9223372036854775807 + 1 > Age"),
            [
            "test.proc(22,41): error PRC2211: điều kiện không biên dịch được: The operation overflows at compile time in checked mode",
            ]),
        Case("PRC2212 optional yes or no", When("Retired"),
            [
            "test.proc(22,41): error PRC2212: the condition has no value when an optional field is not given; write \"Retired == true\"",
            ]),
        Case("PRC2212 optional yes or no vi", Khi("Retired"),
            [
            "test.proc(22,41): error PRC2212: điều kiện không có giá trị khi trường không bắt buộc chưa được khai; hãy viết \"Retired == true\"",
            ]),
    ];
}
