package com.supplyrisk.catalog;

/**
 * A scenario's numbers for one policy rule. An absent number keeps the rule's own, so a scenario can move the
 * probability of a grant without restating how fast the rule tightens.
 */
public record RuleChange(Double probability, Double monthlyHazard) {

    public RuleChange {
        if (probability == null && monthlyHazard == null) {
            throw new IllegalArgumentException("a rule change needs a probability, a monthlyHazard or both");
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        if (monthlyHazard != null && !(monthlyHazard >= 0 && monthlyHazard <= 1)) {
            throw new IllegalArgumentException("monthlyHazard must be between 0 and 1");
        }
    }

    /** The rule with this change's numbers in place of its own. */
    public PolicyRule applyTo(PolicyRule rule) {
        return rule.withNumbers(probability != null ? probability : rule.probability(),
                monthlyHazard != null ? monthlyHazard : rule.monthlyHazard());
    }
}
