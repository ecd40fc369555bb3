package com.supplyrisk.catalog;

/** A data file is missing or invalid: the service must not start on it. */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }
}
