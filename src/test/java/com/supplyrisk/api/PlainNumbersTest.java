package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNumbersTest {

    @Test
    void largeAndSmallNumbersAreWrittenWithoutENotation() {
        assertThat(PlainNumbers.format(58_739_342.24)).isEqualTo("58739342.24");
        assertThat(PlainNumbers.format(0.0005)).isEqualTo("0.0005");
        assertThat(PlainNumbers.format(72.61)).isEqualTo("72.61");
        assertThat(PlainNumbers.format(0)).isEqualTo("0.0");
        assertThat(PlainNumbers.format(-0.2047)).isEqualTo("-0.2047");
    }
}
