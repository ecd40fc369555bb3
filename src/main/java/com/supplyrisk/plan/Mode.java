package com.supplyrisk.plan;

/** Whether the options are bought together or compete as candidates. */
public enum Mode {
    /** The options are bought together: an option's vendor share counts every option of that vendor. */
    PORTFOLIO,
    /** The options are competing candidates: each is judged as if it alone were bought. */
    ALTERNATIVES
}
