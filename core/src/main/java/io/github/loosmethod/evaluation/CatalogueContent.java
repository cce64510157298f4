package io.github.loosmethod.evaluation;

import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.involvement.Iap2Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The texts of the built-in catalogues, built once. */
final class CatalogueContent {

    private static final Map<Catalogue, List<EvaluationCriterion>> CRITERIA = new EnumMap<>(Catalogue.class);
    private static final Map<Catalogue, LocalizedText> TITLES = new EnumMap<>(Catalogue.class);
    private static final Map<Catalogue, List<LocalizedText>> LIMITS = new EnumMap<>(Catalogue.class);

    static {
        TITLES.put(Catalogue.LOOS_2016, LocalizedText.of("Loos-en-Gohelle 2016 evaluation: expected effects",
                "Évaluation 2016 de Loos-en-Gohelle : effets attendus"));
        TITLES.put(Catalogue.LOOS_PRINCIPLES, LocalizedText.of("Principles of the Loos method",
                "Principes de la méthode de Loos"));
        TITLES.put(Catalogue.OECD_2021, LocalizedText.of("OECD evaluation criteria for deliberative processes",
                "Critères de l'OCDE pour l'évaluation des processus délibératifs"));
        TITLES.put(Catalogue.IAP2, LocalizedText.of("IAP2 promise to the public", "Promesse au public de l'IAP2"));

        List<EvaluationCriterion> loos2016 = new ArrayList<>();
        Scale four = Scale.fourPoints();
        loos2016.add(criterion(Catalogue.LOOS_2016, "L16_POSTURE", Dimension.RELATIONSHIP, four,
                "Change of posture", "Changement de posture",
                "Have the actors changed their posture in favour of the territory's project?",
                "Les acteurs ont-ils changé de posture en faveur du projet de territoire ?"));
        loos2016.add(criterion(Catalogue.LOOS_2016, "L16_BETTER_PUBLIC_ACTION", Dimension.OUTCOME, four,
                "Better public action", "Meilleure action publique",
                "Does public action get better case by case: needs met, more expertise, more means mobilised?",
                "L'action publique s'améliore-t-elle au cas par cas : besoins couverts, plus d'expertise, plus de moyens mobilisés ?"));
        loos2016.add(criterion(Catalogue.LOOS_2016, "L16_KNOCK_ON", Dimension.CAPACITY, four,
                "Knock-on effect", "Effet d'entraînement",
                "Do local actors take initiatives of their own?",
                "Les acteurs locaux prennent-ils des initiatives par eux-mêmes ?"));
        CRITERIA.put(Catalogue.LOOS_2016, Collections.unmodifiableList(loos2016));
        LIMITS.put(Catalogue.LOOS_2016, List.of(
                LocalizedText.of("Resistance linked to deep poverty", "Résistances liées à la grande pauvreté"),
                LocalizedText.of("Strain on the town hall's own organisation", "Tensions sur l'organisation de la mairie elle-même")));

        List<EvaluationCriterion> principles = new ArrayList<>();
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_RECIPROCITY", Dimension.PROCESS, four,
                "Reciprocity kept", "Réciprocité tenue",
                "Did each side keep its commitments, in a give-and-take relation?",
                "Chaque partie a-t-elle tenu ses engagements, dans un rapport de donnant-donnant ?"));
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_GENERAL_INTEREST", Dimension.OUTCOME, four,
                "General interest", "Intérêt général",
                "Does the result serve the general interest beyond its applicants?",
                "Le résultat sert-il l'intérêt général au-delà de ses porteurs ?"));
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_CAPACITATION", Dimension.CAPACITY, four,
                "Capacitation (power to act)", "Capacitation (pouvoir d'agir)",
                "Did the people involved become more able to act on their town?",
                "Les personnes impliquées sont-elles devenues plus capables d'agir sur leur ville ?"));
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_PRIDE", Dimension.RELATIONSHIP, four,
                "Pride", "Fierté",
                "Are the people involved proud of what they achieved together?",
                "Les personnes impliquées sont-elles fières de ce qu'elles ont réalisé ensemble ?"));
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_DURABILITY", Dimension.DURABILITY, four,
                "Durability", "Pérennité",
                "Is the result looked after and does it last?",
                "Le résultat est-il entretenu et dure-t-il ?"));
        principles.add(criterion(Catalogue.LOOS_PRINCIPLES, "LP_TRANSVERSALITY", Dimension.PROCESS, four,
                "Transversality", "Transversalité",
                "Did the project bring together departments, themes and actors that usually work apart?",
                "Le projet a-t-il rapproché des services, des thèmes et des acteurs qui travaillent d'ordinaire séparément ?"));
        CRITERIA.put(Catalogue.LOOS_PRINCIPLES, Collections.unmodifiableList(principles));
        LIMITS.put(Catalogue.LOOS_PRINCIPLES, List.of());

        List<EvaluationCriterion> oecd = new ArrayList<>();
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DESIGN_FRAMING", Dimension.PROCESS, four,
                "Design integrity: clear and unbiased framing", "Intégrité de la conception : cadrage clair et impartial",
                "Was the question put to participants clear, neutral and linked to a real public problem?",
                "La question posée aux participants était-elle claire, neutre et liée à un vrai problème public ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DESIGN_PROCEDURE", Dimension.PROCESS, four,
                "Design integrity: procedural design", "Intégrité de la conception : conception du dispositif",
                "Was the process designed in line with good practice, with the interested parties consulted?",
                "Le dispositif a-t-il été conçu selon les bonnes pratiques, en consultant les parties intéressées ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DESIGN_TRANSPARENCY", Dimension.PROCESS, four,
                "Design integrity: transparency", "Intégrité de la conception : transparence",
                "Were the process, its materials and its funding made public in good time?",
                "Le dispositif, ses documents et son financement ont-ils été rendus publics à temps ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DESIGN_REPRESENTATIVENESS", Dimension.PROCESS, four,
                "Design integrity: representativeness and inclusiveness", "Intégrité de la conception : représentativité et inclusion",
                "Did the participants reflect the community, including those who are rarely heard?",
                "Les participants reflétaient-ils la population, y compris celles et ceux qu'on entend rarement ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DELIBERATION_EVIDENCE", Dimension.PROCESS, four,
                "Sound deliberation: breadth and clarity of evidence", "Délibération de qualité : étendue et clarté des informations",
                "Did participants receive diverse, relevant and understandable information?",
                "Les participants ont-ils reçu des informations variées, pertinentes et compréhensibles ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DELIBERATION_RESPECT", Dimension.RELATIONSHIP, four,
                "Sound deliberation: respect and mutual comprehension", "Délibération de qualité : respect et compréhension mutuelle",
                "Did participants listen to each other and weigh each other's views with respect?",
                "Les participants se sont-ils écoutés et ont-ils considéré les avis des autres avec respect ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_DELIBERATION_JUDGEMENT", Dimension.PROCESS, four,
                "Sound deliberation: time and free, considered judgement", "Délibération de qualité : temps et jugement libre et réfléchi",
                "Did participants have the time and freedom to reach their own considered recommendations?",
                "Les participants ont-ils eu le temps et la liberté d'arriver à leurs propres recommandations réfléchies ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_OUTCOME_INFLUENCE", Dimension.OUTCOME, four,
                "Influential outcomes: influential recommendations", "Résultats influents : recommandations suivies d'effet",
                "Did the recommendations influence the public decision?",
                "Les recommandations ont-elles influencé la décision publique ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_OUTCOME_RESPONSE", Dimension.OUTCOME, four,
                "Influential outcomes: response and follow-up", "Résultats influents : réponse et suivi",
                "Did the authority respond publicly to each recommendation and report on its implementation?",
                "L'autorité a-t-elle répondu publiquement à chaque recommandation et rendu compte de sa mise en œuvre ?"));
        oecd.add(criterion(Catalogue.OECD_2021, "OECD_OUTCOME_LEARNING", Dimension.CAPACITY, four,
                "Influential outcomes: participants' learning and wider awareness", "Résultats influents : apprentissages et sensibilisation",
                "Did participants and the wider public learn from the process?",
                "Les participants et le public ont-ils appris du processus ?"));
        CRITERIA.put(Catalogue.OECD_2021, Collections.unmodifiableList(oecd));
        LIMITS.put(Catalogue.OECD_2021, List.of());

        List<EvaluationCriterion> iap2 = new ArrayList<>();
        iap2.add(promise(Iap2Level.INFORM, "Were people given balanced, timely information, as promised?",
                "Les personnes ont-elles reçu une information équilibrée et à temps, comme promis ?"));
        iap2.add(promise(Iap2Level.CONSULT, "Were people informed, listened to, and told how their views shaped the decision?",
                "Les personnes ont-elles été informées, écoutées, et a-t-on dit comment leur avis a pesé sur la décision ?"));
        iap2.add(promise(Iap2Level.INVOLVE, "Were people's concerns reflected directly in the options developed, and were they told how?",
                "Les préoccupations des personnes se retrouvent-elles directement dans les options étudiées, et le leur a-t-on dit ?"));
        iap2.add(promise(Iap2Level.COLLABORATE, "Were people's advice and ideas built into the decision as far as possible?",
                "Les conseils et idées des personnes ont-ils été intégrés à la décision autant que possible ?"));
        iap2.add(promise(Iap2Level.EMPOWER, "Was what people decided carried out?",
                "Ce que les personnes ont décidé a-t-il été mis en œuvre ?"));
        CRITERIA.put(Catalogue.IAP2, Collections.unmodifiableList(iap2));
        LIMITS.put(Catalogue.IAP2, List.of());
    }

    private CatalogueContent() {
    }

    private static EvaluationCriterion criterion(Catalogue catalogue, String code, Dimension dimension, Scale scale,
            String nameEn, String nameFr, String questionEn, String questionFr) {
        return EvaluationCriterion.builder().withCode(code).withName(LocalizedText.of(nameEn, nameFr))
                .withQuestion(LocalizedText.of(questionEn, questionFr)).withOrigin(catalogue.name())
                .withSource(catalogue.source()).withDimension(dimension).withScale(scale).build();
    }

    private static EvaluationCriterion promise(Iap2Level level, String questionEn, String questionFr) {
        return EvaluationCriterion.builder().withCode("IAP2_" + level.name() + "_PROMISE")
                .withName(LocalizedText.of("Promise kept: " + level.name().toLowerCase(java.util.Locale.ROOT),
                        "Promesse tenue : " + level.label(java.util.Locale.FRENCH)))
                .withQuestion(LocalizedText.of(questionEn, questionFr)).withOrigin(Catalogue.IAP2.name())
                .withSource(Catalogue.IAP2.source()).withDimension(Dimension.PROCESS).withScale(Scale.yesNo())
                .withIap2Level(level).build();
    }

    static List<EvaluationCriterion> criteria(Catalogue catalogue) {
        return CRITERIA.get(catalogue);
    }

    static LocalizedText title(Catalogue catalogue) {
        return TITLES.get(catalogue);
    }

    static List<LocalizedText> limits(Catalogue catalogue) {
        return LIMITS.get(catalogue);
    }
}
