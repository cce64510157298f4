package io.github.loosmethod.serialization;

import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.evaluation.AttendeeCategory;
import io.github.loosmethod.evaluation.Dimension;
import io.github.loosmethod.evaluation.EvaluationMethod;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.ScaleKind;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.initiative.AssessmentOutcome;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.Severity;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The codes of one enum of the format ({@code co_production} for {@code CO_PRODUCTION}), matched
 * straight in the parser's character buffer: a document holds hundreds of codes, and none of them
 * needs a {@code String} or a hash lookup to be read. One table per enum, made once, below.
 *
 * @param <E> the enum
 */
final class CodeTable<E extends Enum<E>> {

    static final CodeTable<ActorKind> ACTOR_KIND = new CodeTable<>(ActorKind.class);
    static final CodeTable<AssessmentOutcome> ASSESSMENT_OUTCOME = new CodeTable<>(AssessmentOutcome.class);
    static final CodeTable<Transition> TRANSITION = new CodeTable<>(Transition.class);
    static final CodeTable<InitiativeStatus> INITIATIVE_STATUS = new CodeTable<>(InitiativeStatus.class);
    static final CodeTable<InitiativeKind> INITIATIVE_KIND = new CodeTable<>(InitiativeKind.class);
    static final CodeTable<QuantityUnit> QUANTITY_UNIT = new CodeTable<>(QuantityUnit.class);
    static final CodeTable<CommitmentStatus> COMMITMENT_STATUS = new CodeTable<>(CommitmentStatus.class);
    static final CodeTable<CommitmentKind> COMMITMENT_KIND = new CodeTable<>(CommitmentKind.class);
    static final CodeTable<Side> SIDE = new CodeTable<>(Side.class);
    static final CodeTable<ProjectPhase> PROJECT_PHASE = new CodeTable<>(ProjectPhase.class);
    static final CodeTable<CoConstructionLevel> CO_CONSTRUCTION_LEVEL = new CodeTable<>(CoConstructionLevel.class);
    static final CodeTable<Iap2Level> IAP2_LEVEL = new CodeTable<>(Iap2Level.class);
    static final CodeTable<SubjectKind> SUBJECT_KIND = new CodeTable<>(SubjectKind.class);
    static final CodeTable<ScaleKind> SCALE_KIND = new CodeTable<>(ScaleKind.class);
    static final CodeTable<EvidenceKind> EVIDENCE_KIND = new CodeTable<>(EvidenceKind.class);
    static final CodeTable<EvaluationMethod> EVALUATION_METHOD = new CodeTable<>(EvaluationMethod.class);
    static final CodeTable<Dimension> DIMENSION = new CodeTable<>(Dimension.class);
    static final CodeTable<AttendeeCategory> ATTENDEE_CATEGORY = new CodeTable<>(AttendeeCategory.class);
    static final CodeTable<Severity> SEVERITY = new CodeTable<>(Severity.class);

    private final Class<E> type;
    private final E[] constants;
    private final char[][] codes;

    private CodeTable(Class<E> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.codes = new char[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            codes[i] = Codes.code(constants[i]).toCharArray();
        }
    }

    Class<E> type() {
        return type;
    }

    /** Returns the constant spelled by {@code length} characters of {@code text} from {@code offset}, or null. */
    E find(char[] text, int offset, int length) {
        for (int i = 0; i < codes.length; i++) {
            char[] code = codes[i];
            if (code.length == length && Arrays.equals(code, 0, length, text, offset, offset + length)) {
                return constants[i];
            }
        }
        return null;
    }

    /** Returns the constant of a code, or null. */
    E find(String code) {
        return find(code.toCharArray(), 0, code.length());
    }

    /** The codes, for a message that lists what is allowed. */
    String allowed() {
        return Arrays.stream(codes).map(String::new).collect(Collectors.joining(", "));
    }
}
