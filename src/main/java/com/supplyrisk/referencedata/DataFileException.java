package com.supplyrisk.referencedata;

/** A data file is missing or invalid: the service must not start on it. */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }
}
