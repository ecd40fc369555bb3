package com.supplyrisk.catalog;

/** How an accelerator is sold: one card, or a rack system sold as one unit. */
public enum Form {
    CARD,
    SYSTEM
}
