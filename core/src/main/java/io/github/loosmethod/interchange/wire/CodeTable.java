package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.AgeBand;
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
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.TransitionDomain;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.involvement.ActivityKind;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.ParticipantCategory;
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
public final class CodeTable<E extends Enum<E>> {

    /**
     * The codes format version 2 added to the enums of version 1 (enums new in version 2 are read
     * in fields of version 2 only). One place for the fact: readers refuse them in a version 1
     * document.
     */
    private static final java.util.Set<Enum<?>> CODES_OF_VERSION_2 = java.util.Set.of(ActorKind.CITIZEN_COMPANY,
            InitiativeStatus.IN_FORCE, InitiativeStatus.SUPERSEDED, InitiativeStatus.REPEALED, InitiativeStatus.ABANDONED,
            Transition.ADOPT, Transition.REPEAL, Transition.SUPERSEDE, Transition.ABANDON,
            DecisionOutcome.ADOPTED, DecisionOutcome.REPEALED,
            QuantityUnit.KILOWATTS_PEAK, QuantityUnit.KILOWATT_HOURS, QuantityUnit.METRES, QuantityUnit.PARTICIPANTS, QuantityUnit.TREES,
            CommitmentKind.CONCESSION, CommitmentKind.LOAN, EvidenceKind.ACTIVITY);

    static final CodeTable<ActorKind> ACTOR_KIND = new CodeTable<>(ActorKind.class);
    static final CodeTable<AgeBand> AGE_BAND = new CodeTable<>(AgeBand.class);
    static final CodeTable<DecisionOutcome> DECISION_OUTCOME = new CodeTable<>(DecisionOutcome.class);
    static final CodeTable<TransitionDomain> TRANSITION_DOMAIN = new CodeTable<>(TransitionDomain.class);
    static final CodeTable<ActivityKind> ACTIVITY_KIND = new CodeTable<>(ActivityKind.class);
    static final CodeTable<ParticipantCategory> PARTICIPANT_CATEGORY = new CodeTable<>(ParticipantCategory.class);
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

    /** Every enum of the format, for the checks against the schema's lists and the generators. */
    public static final java.util.List<CodeTable<?>> ALL = java.util.List.of(ACTOR_KIND, AGE_BAND, DECISION_OUTCOME, TRANSITION, INITIATIVE_STATUS,
            INITIATIVE_KIND, TRANSITION_DOMAIN, ACTIVITY_KIND, PARTICIPANT_CATEGORY, QUANTITY_UNIT, COMMITMENT_STATUS, COMMITMENT_KIND, SIDE, PROJECT_PHASE, CO_CONSTRUCTION_LEVEL,
            IAP2_LEVEL, SUBJECT_KIND, SCALE_KIND, EVIDENCE_KIND, EVALUATION_METHOD, DIMENSION, ATTENDEE_CATEGORY, SEVERITY);

    private final Class<E> type;
    private final E[] constants;
    private final char[][] codes;
    /**
     * Open addressing on the length and the first and last characters: 1 + the ordinal of the code
     * in each used slot, 0 in a free one. A code is then found with one or two comparisons, where
     * a scan of an enum of a dozen constants would make several.
     */
    private final int[] slots;
    /** The codes as the keys of an object, in the order of the constants, which is how maps of them are written. */
    private final Fields fields;
    /** The format version each code came with, by ordinal. */
    private final int[] since;


    private CodeTable(Class<E> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.codes = new char[constants.length][];
        this.slots = new int[Integer.highestOneBit(constants.length * 4 - 1) << 1];
        for (int i = 0; i < constants.length; i++) {
            codes[i] = Codes.code(constants[i]).toCharArray();
            int slot = slot(codes[i], 0, codes[i].length);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
        this.fields = Fields.of(Arrays.stream(codes).map(String::new).toArray(String[]::new));
        this.since = new int[constants.length];
        for (int i = 0; i < constants.length; i++) {
            since[i] = CODES_OF_VERSION_2.contains(constants[i]) ? 2 : 1;
        }
    }

    private int slot(char[] text, int offset, int length) {
        int key = (length * 31 + text[offset]) * 31 + text[offset + length - 1];
        return (key ^ (key >>> 7)) & (slots.length - 1);
    }

    /**
     * Returns the enum.
     *
     * @return the enum's class, never null
     */
    public Class<E> type() {
        return type;
    }

    /** Returns the constant spelled by {@code length} characters of {@code text} from {@code offset}, or null. */
    E find(char[] text, int offset, int length) {
        if (length == 0) {
            return null;
        }
        for (int slot = slot(text, offset, length); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            char[] code = codes[slots[slot] - 1];
            if (code.length == length && spells(code, text, offset)) {
                return constants[slots[slot] - 1];
            }
        }
        return null;
    }

    /** Compares characters one by one: codes are short, and Arrays.equals costs more to set up than this. */
    private static boolean spells(char[] code, char[] text, int offset) {
        for (int j = 0; j < code.length; j++) {
            if (code[j] != text[offset + j]) {
                return false;
            }
        }
        return true;
    }

    /** The codes as the fields of an object keyed by them: a field's position is its constant's ordinal. */
    Fields fields() {
        return fields;
    }

    /** The constant of an ordinal. */
    /** The format version a code came with. */
    int since(E constant) {
        return since[constant.ordinal()];
    }

    E constant(int ordinal) {
        return constants[ordinal];
    }

    /** The codes, for a message that lists what is allowed. */
    /**
     * Lists the codes, in the order of the enum's constants, separated by a comma and a space.
     *
     * @return the codes, never null
     */
    public String allowed() {
        return Arrays.stream(codes).map(String::new).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "codes of " + type.getSimpleName();
    }
}
