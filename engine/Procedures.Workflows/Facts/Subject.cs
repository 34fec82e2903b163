namespace Procedures.Workflows.Facts;

/// <summary>Who may apply (đối tượng thực hiện), with the portal's code such as <c>ĐT1</c>.</summary>
public sealed record Subject(string Code, string Name);
