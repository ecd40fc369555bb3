package com.supplyrisk.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated request and the answers the contract allows for it.
 *
 * @param operation the contract's path template ({@code /api/v1/accelerators/{id}}), or the literal path when the contract has none
 * @param pathParams values for the template's parameters, encoded by REST Assured
 * @param expected the statuses that are right for this request
 * @param optionIds for a valid plan, the option ids in request order, which the answer must keep; otherwise null
 */
record FuzzRequest(FuzzClass kind, String what, String method, String operation, List<Object> pathParams,
        Map<String, String> query, Map<String, String> headers, byte[] body, Set<Integer> expected, List<String> optionIds) {

    String bodyExcerpt() {
        if (body == null) {
            return "(no body)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= 700 ? text
                : text.substring(0, 500) + " ...[" + (text.length() - 700) + " characters left out]... " + text.substring(text.length() - 200);
    }

    String target() {
        String path = operation;
        for (Object param : pathParams) {
            path = path.replaceFirst("\\{[^}]+}", String.valueOf(param));
        }
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "&" + b).orElse("");
    }
}
