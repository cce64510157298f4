package io.github.loosmethod.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void the_catalogue_lists_the_rules_of_the_brief_that_concern_the_core_concepts() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id).filter(id -> id.startsWith("R")).collect(Collectors.toList()))
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14",
                        "R15", "R16");
    }

    @Test
    void every_rule_has_a_source_a_severity_and_a_scope_and_is_found_by_its_id() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.severity()).isNotNull();
            assertThat(rule.scope()).isNotNull();
            assertThat(Rule.byId(rule.id())).contains(rule);
        }
        assertThat(Rule.byId("R17")).isEmpty();
        assertThat(Rule.R1.source()).isEqualTo("VP-FF, MDF");
    }

    @Test
    void record_rules_are_checked_by_the_validator_and_guards_by_the_lifecycle_only() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.ofScope(RuleScope.INITIATIVE).contains(rule)).as(rule.id()).isEqualTo(rule.scope() == RuleScope.INITIATIVE);
            assertThat(Rule.ofScope(RuleScope.EVALUATION).contains(rule)).as(rule.id()).isEqualTo(rule.scope() == RuleScope.EVALUATION);
        }
        assertThat(Rule.ofScope(RuleScope.EVALUATION)).extracting(Rule::id)
                .containsExactly("R13", "R16", "E1", "E2", "E3", "E4", "E5");
        assertThat(Rule.L1.scope()).isEqualTo(RuleScope.LIFECYCLE);
        assertThat(Rule.R9.scope()).isEqualTo(RuleScope.GUARANTEE);
    }

    @Test
    void fifty_fifty_only_rules_are_those_the_brief_states_for_a_fifty_fifty() {
        assertThat(Arrays.stream(Rule.values()).filter(Rule::fiftyFiftyOnly).map(Rule::id).collect(Collectors.toList()))
                .containsExactly("R1", "R2", "R5", "R6", "R7", "R8");
    }

    @Test
    void a_report_is_valid_without_errors_and_lists_rule_ids_sorted() {
        Violation warning = Violation.of(Rule.M3, "convention.commitments[0].dueDate", "Rule.M3.message", "c", "d", "s", "e");
        Violation error = Violation.of(Rule.R5, "convention.commitments", "Rule.R5.message", "x");

        assertThat(ValidationReport.clean().isValid()).isTrue();
        assertThat(ValidationReport.clean().toString()).isEqualTo("no violation");
        assertThat(ValidationReport.of(java.util.List.of(warning)).isValid()).isTrue();
        ValidationReport both = ValidationReport.of(java.util.List.of(warning, error));
        assertThat(both.isValid()).isFalse();
        assertThat(both.errors()).containsExactly(error);
        assertThat(both.ruleIds()).containsExactly("M3", "R5");
        assertThat(both.of(Rule.R5)).containsExactly(error);
        assertThat(error.toString()).startsWith("R5 ERROR convention.commitments: ");
    }
}
