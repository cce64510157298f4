package io.github.loosmethod.serialization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every codec of the format, found by the type of the model it handles. */
final class Codecs {

    static final List<TypeCodec<?>> ALL = List.of(
            InitiativeCodecs.TERRITORY, InitiativeCodecs.ACTOR, InitiativeCodecs.PURPOSE, InitiativeCodecs.INVOLVEMENT_PLAN,
            InitiativeCodecs.LEVEL_MAPPING, InitiativeCodecs.ASSESSMENT, InitiativeCodecs.EVENT, InitiativeCodecs.QUANTITY,
            InitiativeCodecs.STATUS_CHANGE, InitiativeCodecs.COMMITMENT, InitiativeCodecs.SIGNATURE,
            InitiativeCodecs.CONVENTION, InitiativeCodecs.INITIATIVE,
            EvaluationCodecs.TEXT, EvaluationCodecs.SCALE_POINT, EvaluationCodecs.SCALE, EvaluationCodecs.CRITERION,
            EvaluationCodecs.WEIGHTED, EvaluationCodecs.FRAMEWORK, EvaluationCodecs.SESSION, EvaluationCodecs.EVIDENCE,
            EvaluationCodecs.SCORE, EvaluationCodecs.SUBJECT, EvaluationCodecs.EVALUATION,
            ReportCodecs.VIOLATION, ReportCodecs.VALIDATION_REPORT, ReportCodecs.SIDE_CONTRIBUTION,
            ReportCodecs.CONTRIBUTION_REPORT, ReportCodecs.SCORE_LINE, ReportCodecs.SCORECARD, ReportCodecs.OUTCOMES,
            ReportCodecs.STATISTICS, ReportCodecs.PORTFOLIO);

    private static final Map<Class<?>, TypeCodec<?>> BY_TYPE = new LinkedHashMap<>();

    static {
        ALL.forEach(codec -> BY_TYPE.put(codec.type(), codec));
    }

    private Codecs() {
    }

    /** Finds the codec of a type of the model, or of the type a generated class implements. */
    @SuppressWarnings("unchecked")
    static <T> Optional<TypeCodec<T>> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            TypeCodec<?> codec = BY_TYPE.get(c);
            if (codec != null) {
                return Optional.of((TypeCodec<T>) codec);
            }
        }
        return Optional.empty();
    }

    static <T> TypeCodec<T> require(Class<T> type) {
        return of(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " is not a type of the Loos method model that the JSON format covers"));
    }
}
