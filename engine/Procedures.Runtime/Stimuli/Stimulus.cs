namespace Procedures.Runtime.Stimuli;

/// <summary>Something from outside that may move a waiting dossier on.</summary>
public abstract record Stimulus;
