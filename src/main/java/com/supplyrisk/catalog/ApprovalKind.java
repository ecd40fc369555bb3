package com.supplyrisk.catalog;

/** Whether an approval is a government permission (a licence) or a risk of the channel itself. */
public enum ApprovalKind {
    LICENCE,
    CHANNEL
}
