package se.samverka.licensing;

import java.time.LocalDate;

import java.util.Map;

/** One supervision of a premises as recorded by {@code alkoholtillsyn}; dates are null until the step is done. */
public record Supervision(String id, String premisesId, String premisesName, String processInstanceId, String trigger,
    String kind, String status, LocalDate plannedFor, LocalDate inspectedOn, String remarkLevel, LocalDate protocolDue,
    LocalDate protocolSentOn, String proposedSanction, String decidedSanction, String deviationReason,
    LocalDate decidedOn, LocalDate notifiedOn, LocalDate appealUntil, boolean appealed, String courtOutcome,
    String earlierSanction, LocalDate earlierSanctionOn, LocalDate appealReceivedOn, Boolean appealInTime,
    LocalDate appealDismissedOn, String reconsideration, LocalDate forwardedOn, LocalDate courtRuledOn) {

  /** Swedish labels of the codes, for pages (the API gives the codes). */
  public static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("planeras", "Att planera"), Map.entry("planerad", "Planerad"),
      Map.entry("protokoll", "Protokoll skrivet"), Map.entry("protokoll-skickat", "Protokoll skickat"),
      Map.entry("ny-tillsyn", "Ny tillsyn inom en månad"), Map.entry("tillsynsarende", "Tillsynsärende"),
      Map.entry("forslag", "Förslag till beslut"), Map.entry("beslutad", "Beslutad"),
      Map.entry("overklagandetid", "Överklagandetiden löper"), Map.entry("overklagat", "Överklagat"),
      Map.entry("utan-anmarkning", "Klar utan anmärkning"), Map.entry("ingen-sanktion", "Klar, ingen sanktion"),
      Map.entry("laga-kraft", "Beslutet har fått laga kraft"), Map.entry("overklagande-avgjort", "Överklagandet avgjort"),
      Map.entry("plan", "Tillsynsplanen"), Map.entry("tips", "Tips eller klagomål"),
      Map.entry("samordnad", "Samordnad"), Map.entry("restaurangrapport", "Restaurangrapport saknas"),
      Map.entry("annan", "Annan"), Map.entry("yttre", "Yttre"), Map.entry("inre", "Inre"),
      Map.entry("forebyggande", "Förebyggande"), Map.entry("inga", "Inga"), Map.entry("mindre", "Mindre brister"),
      Map.entry("allvarliga", "Allvarliga brister"), Map.entry("ingen", "Ingen sanktion"),
      Map.entry("erinran", "Erinran"), Map.entry("varning", "Varning"), Map.entry("aterkallelse", "Återkallelse"),
      Map.entry("avslag", "överklagandet avslogs"), Map.entry("bifall", "överklagandet bifölls"),
      Map.entry("avvisat", "överklagandet avvisades"), Map.entry("polis", "Polisens iakttagelser"),
      Map.entry("kommunicerat", "Kommunicerat med tillståndshavaren"),
      Map.entry("sent-overklagande", "Sent överklagande"), Map.entry("overklagande-avvisat", "För sent, avvisat av nämnden"),
      Map.entry("overklagande-forfallet", "Ändrat efter omprövning, överklagandet förföll"),
      Map.entry("overlamnat", "Överlämnat till förvaltningsrätten"),
      Map.entry("andrat-som-begart", "ändrat som klaganden begärt"), Map.entry("andrat-delvis", "ändrat delvis"),
      Map.entry("ingen-andring", "inte ändrat"));

  /** The Swedish label of a code, or the code itself if it has none. */
  public static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, code);
  }
}
