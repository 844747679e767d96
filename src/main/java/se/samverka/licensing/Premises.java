package se.samverka.licensing;

/**
 * A licensed premises (serveringsställe) with its licence holder and the risk factors that steer supervision.
 * Licence type: {@code stadigvarande} or {@code tillfalligt}; audience: {@code allmanheten} or
 * {@code slutet-sallskap}; KMK status: {@code ej}, {@code pagar} or {@code certifierad}.
 */
public record Premises(String id, String name, String address, String district, String holderName,
    String holderOrganisationNumber, String licenceType, String audience, String servingHours, boolean outdoorSeating,
    String kmkStatus, int aasTrainedStaff, boolean riskDancing, boolean riskYoungGuests, boolean riskLateHours,
    boolean riskEarlierRemarks, boolean riskComplaints) {

  /** The register's key: the same name at the same address is the same premises. */
  public String key() {
    return (name.trim() + "|" + address.trim()).toLowerCase(java.util.Locale.ROOT);
  }
}
