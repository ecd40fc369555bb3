package com.supplyrisk.api.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.supplyrisk.assessment.ApprovalOutcome;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ReviewPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reusing an approval's bytes writes exactly what writing it afresh writes, wherever it stands. */
class RepeatedApprovalsTest {

    private static final ApprovalOutcome CUSTOMS = new ApprovalOutcome("cn-import-approval", "cn-h200-customs-hold",
            "General Administration of Customs of China", "Customs told agents the H200 is \"not permitted\"", 0.1, 0.02,
            LocalDate.of(2026, 1, 14), null, ReviewPolicy.PRESUMPTION_OF_DENIAL, Evidence.PRESS_REPORT, "Reported hold; estimate",
            "seed 000 (SCMP, 2026-01-26)");
    private static final ApprovalOutcome LICENCE = new ApprovalOutcome("us-export-licence", "us-h200-case-by-case",
            "US Department of Commerce, Bureau of Industry and Security", "Export licence, 25% of revenue to the US",
            0.6, 0.01, LocalDate.of(2025, 12, 8), LocalDate.of(2026, 12, 31), ReviewPolicy.CASE_BY_CASE, Evidence.REGULATION,
            "Licences issued case by case",
            "BIS rule of 2026-01-13");

    private static ObjectMapper mapper(boolean remembering) {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(PlainNumbers.module());
        return remembering ? mapper.registerModule(RepeatedApprovals.module()) : mapper;
    }

    private record Option(String id, List<ApprovalOutcome> approvals, ApprovalOutcome first) {
    }

    @Test
    void reusedBytesAreTheBytesJacksonWrites() throws Exception {
        List<Option> answer = List.of(new Option("a", List.of(CUSTOMS, LICENCE), CUSTOMS),
                new Option("b", List.of(LICENCE), LICENCE), new Option("c", List.of(), null),
                new Option("d", List.of(CUSTOMS, LICENCE, CUSTOMS), CUSTOMS));
        ObjectMapper remembering = mapper(true);
        String fresh = mapper(false).writeValueAsString(answer);

        assertThat(remembering.writeValueAsString(answer)).isEqualTo(fresh);
        assertThat(remembering.writeValueAsString(answer)).as("written from what was remembered").isEqualTo(fresh);
        assertThat(fresh).contains("\\\"not permitted\\\"").contains("\"probability\":0.1").contains("\"effectiveTo\":null");
    }
}
