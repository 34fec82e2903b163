namespace Procedures.Workflows.Activities;

/// <summary>Who does a unit's step.</summary>
public enum StepPerformer
{
    /// <summary>An officer of the step's unit.</summary>
    Unit,
    /// <summary>The applicant (người nộp hồ sơ): the agency's clock stops while the step waits and resumes after it.</summary>
    Applicant,
    /// <summary>A party that is not an agency (the child's parents, a council of residents): the clock runs.</summary>
    Party,
}
