package com.supplyrisk;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the service, under the prefix {@code supply-risk}. docs/configuration.md lists each key. */
@ConfigMapping(prefix = "supply-risk")
public interface SupplyRiskConfig {

    Scoring scoring();

    Data data();

    Limits limits();

    Auth auth();

    Bench bench();

    Simulation simulation();

    /** Constants of the scoring model. */
    interface Scoring {

        Weights weights();

        /** The premium at which price risk is maximal: 1.0 means a 100% markup. */
        @WithDefault("1.0")
        double premiumCap();

        /** A unit price this fraction or more below the reference is flagged as suspect stock. */
        @WithDefault("0.30")
        double farBelowReference();

        Rating rating();

        /** Default factor weights; a request may pass its own. Normalised to sum 1. */
        interface Weights {
            @WithDefault("0.30")
            double concentration();

            @WithDefault("0.45")
            double licensing();

            @WithDefault("0.25")
            double pricePremium();
        }

        /** Scores at which each rating starts. */
        interface Rating {
            @WithDefault("25")
            double moderateFrom();

            @WithDefault("50")
            double highFrom();

            @WithDefault("75")
            double severeFrom();
        }
    }

    /** Replacement data files; unset, the files shipped in the application are used. */
    interface Data {
        /** Accelerator catalog (YAML, the schema of {@code data/accelerators.yaml}). */
        Optional<Path> accelerators();

        /** Policy timeline (YAML, the schema of {@code data/policy.yaml}). */
        Optional<Path> policy();

        /** Exchange-rate tables (YAML, the schema of {@code data/fx.yaml}). */
        Optional<Path> fx();

        /**
         * How often the replacement files are read again: a changed one is loaded for new requests, or refused and
         * counted with the old data kept. Polled, as a ConfigMap update swaps a symlink the file itself never sees.
         * 0 reads them at start-up only.
         */
        @WithDefault("2s")
        Duration reloadInterval();

        /** Supply volumes, lead times and electricity prices (YAML, the schema of {@code data/supply.yaml}). */
        Optional<Path> supply();
    }

    /** Bounds on what one request may ask, and on how much the service takes on at once. */
    interface Limits {
        /** Most options in one plan. */
        @WithDefault("10000")
        int maxOptions();

        /** Deepest nesting of arrays and objects in a request body. */
        @WithDefault("32")
        int maxNestingDepth();

        /** Most characters in one JSON number. */
        @WithDefault("100")
        int maxNumberLength();

        /**
         * Requests to /api/* served at once; beyond it the service answers 503 with Retry-After. 8 keeps a pod's
         * throughput (two cores are busy long before) and, with 1,000-option plans asking for explanations, its memory
         * inside the pod's limit (docs/performance.md).
         */
        @WithDefault("8")
        int maxConcurrentRequests();

        /** Seconds a client refused for overload is told to wait. */
        @WithDefault("1")
        int retryAfterSeconds();

        /**
         * Request bodies to /api/* being served at once, by their declared size (a chunked body counts as the
         * largest allowed): the memory a request takes grows with its plan, so a few large plans, not only many
         * requests, answer 503 with Retry-After. A plan asking for explanations counts three times its body, one
         * asking for input sensitivities one and a half, unless it is alone. At least
         * {@code quarkus.http.limits.max-body-size}.
         */
        @WithDefault("8M")
        MemorySize maxBodyBytesInFlight();

        /**
         * How long a request's body may take to arrive after its headers; then 408 and the connection is closed. The
         * body is read without holding a worker thread and counts against the limits above only once it is here.
         */
        @WithDefault("20s")
        Duration bodyTimeout();
    }

    /** Who may call {@code /api/*}; the token checks themselves use the standard {@code mp.jwt.verify.*} keys. */
    interface Auth {
        /**
         * Requires a bearer JWT with the role {@code supply-risk-user} on {@code /api/*}. Read at start-up, so
         * the same jar runs with or without it; application.properties wires Quarkus' HTTP permission to it.
         */
        @WithDefault("false")
        boolean enabled();
    }

    /** Switches for benchmarking only; production leaves them off. */
    interface Bench {
        /**
         * Serves {@code POST /api/v1/bench/echo}, which reads and validates a plan exactly as scoring does and
         * writes it back, so that a benchmark can tell the cost of scoring from the cost of HTTP and JSON.
         * Off, the path answers 404 like any unknown one; it is never part of the contract.
         */
        @WithDefault("false")
        boolean echoEnabled();
    }

    /** Bounds on the Monte Carlo a request may ask for, which runs on the request's worker thread. */
    interface Simulation {
        /** Most trials one request may ask for. */
        @WithDefault("1000000")
        int maxTrials();

        /**
         * Most trials times options one request may ask for: the work of a simulation grows with both, so this
         * bounds the time one request holds a worker thread and a core.
         */
        @WithDefault("100000000")
        long maxTrialOptions();
    }
}
