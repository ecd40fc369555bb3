package com.supplyrisk.api.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.supplyrisk.assessment.ApprovalOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reusing an approval's bytes writes exactly what writing it afresh writes, wherever it stands. */
class RepeatedApprovalsTest {

    private static final ApprovalOutcome CUSTOMS = new ApprovalOutcome("cn-import-approval", "cn-h200-customs-hold", 0.1, 0.02);
    private static final ApprovalOutcome LICENCE = new ApprovalOutcome("us-export-licence", "us-h200-case-by-case", 0.6, 0.0005);

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
        assertThat(fresh).contains("\"probability\":0.1").contains("\"monthlyHazard\":0.0005");
    }
}
