package se.samverka.licensing;

import java.time.LocalDate;

import java.util.Map;

/** One supervision of a premises as recorded by {@code alkoholtillsyn}; dates are null until the step is done. */
public record Supervision(String id, String premisesId, String premisesName, String processInstanceId, String trigger,
    String kind, String status, LocalDate plannedFor, LocalDate inspectedOn, String remarkLevel, LocalDate protocolDue,
    LocalDate protocolSentOn, String proposedSanction, String decidedSanction, String deviationReason,
    LocalDate decidedOn, LocalDate notifiedOn, LocalDate appealUntil, boolean appealed, String courtOutcome) {

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
      Map.entry("avvisat", "överklagandet avvisades"));

  /** The Swedish label of a code, or the code itself if it has none. */
  public static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, code);
  }
}
