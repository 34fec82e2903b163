namespace Procedures.Workflows.Activities;

/// <summary>Output port names. Elsa's names where Elsa has one (<c>Done</c>, <c>True</c>, <c>False</c>, input <c>In</c>).</summary>
public static class Ports
{
    public const string In = "In";
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
    public const string Received = "Received";
    public const string Incomplete = "Incomplete";
    public const string Refused = "Refused";
    public const string Completed = "Completed";
    public const string Complaint = "Complaint";
    /// <summary>Deemed approval: the step's time limit passed with no outcome (im lặng).</summary>
    public const string Silence = "Silence";
}
