namespace Repro.Harness.Store;

/// <summary>State of the working tree a run was made from; serialised as "clean", "dirty", "unknown".</summary>
public enum GitTreeState
{
    /// <summary>No changes against HEAD and no untracked files: the commit alone reproduces the run.</summary>
    Clean,

    /// <summary>Uncommitted changes: the commit plus the diff (identified by its hash) reproduce the run.</summary>
    Dirty,

    /// <summary>Git or the repository was unavailable (e.g. a source tarball): provenance not recorded.</summary>
    Unknown,
}
