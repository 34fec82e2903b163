using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>One line of a routing slip (phiếu chuyển xử lý): the agency, its task, its deadline.</summary>
public sealed record RoutingStop(string Agency, string? Task, TimeLimit TimeLimit);
