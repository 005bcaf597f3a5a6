namespace Samverkan.Workflows.Execution;

internal enum OpKind
{
    /// <summary>Run the behaviour of the element instance's node.</summary>
    Execute,
    /// <summary>Complete the element instance and take its outgoing flows.</summary>
    Leave,
    /// <summary>See whether a waiting parallel or inclusive join can fire.</summary>
    Join,
    /// <summary>See whether a scope has run out of tokens and completes.</summary>
    CheckScope,
    /// <summary>See whether a multi-instance body is done after an inner instance ended.</summary>
    CheckMultiInstance,
    /// <summary>Tell the end and take listeners of an element that leaves, then leave.</summary>
    NotifyLeave,
}

/// <summary>One step on a trigger's agenda.</summary>
internal readonly record struct Op(OpKind Kind, LoadedInstance Instance, long ElementInstanceId);
