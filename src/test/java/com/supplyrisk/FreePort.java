package com.supplyrisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port nothing listens on now: other builds run on the same machine, so tests never use fixed ports. */
public final class FreePort {

    private FreePort() {
    }

    public static int take() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
