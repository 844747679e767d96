package se.samverka.licensing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.licensing.Premises;

/** JDBC access to the premises register (V4__premises.sql). */
@Repository
public class PremisesRepository {

  private final JdbcClient jdbc;

  public PremisesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Premises> all() {
    return jdbc.sql("select * from premises order by district, name").query(this::premises).list();
  }

  public Optional<Premises> find(String id) {
    return jdbc.sql("select * from premises where id = ?").param(id).query(this::premises).optional();
  }

  /** Premises whose name is {@code name} (case-insensitive) or whose licence holder has that organisation number. */
  public List<Premises> byNameOrOrganisationNumber(String name, String organisationNumber) {
    return jdbc.sql("select * from premises where lower(name) = lower(?) or holder_org_number = ? order by name")
        .params(name, organisationNumber).query(this::premises).list();
  }

  public void setAasTrainedStaff(String id, int count, Instant at) {
    jdbc.sql("update premises set aas_trained_staff = ?, updated_at = ? where id = ?")
        .params(count, Timestamp.from(at), id).update();
  }

  public void setKmkStatus(String id, String status, Instant at) {
    jdbc.sql("update premises set kmk_status = ?, updated_at = ? where id = ?")
        .params(status, Timestamp.from(at), id).update();
  }

  public long count() {
    return jdbc.sql("select count(*) from premises").query(Long.class).single();
  }

  public Optional<String> idOf(String key) {
    return jdbc.sql("select id from premises where premises_key = ?").param(key).query(String.class).optional();
  }

  /** Inserts or updates by the premises key; returns true when it was new. */
  public boolean upsert(Premises p, Instant at) {
    Optional<String> existing = idOf(p.key());
    if (existing.isPresent()) {
      jdbc.sql("""
          update premises set name = ?, address = ?, district = ?, holder_name = ?, holder_org_number = ?,
            licence_type = ?, audience = ?, serving_hours = ?, outdoor_seating = ?, kmk_status = ?,
            aas_trained_staff = ?, risk_dancing = ?, risk_young_guests = ?, risk_late_hours = ?,
            risk_earlier_remarks = ?, risk_complaints = ?, updated_at = ? where id = ?""")
          .params(p.name(), p.address(), p.district(), p.holderName(), p.holderOrganisationNumber(), p.licenceType(),
              p.audience(), p.servingHours(), p.outdoorSeating(), p.kmkStatus(), p.aasTrainedStaff(), p.riskDancing(),
              p.riskYoungGuests(), p.riskLateHours(), p.riskEarlierRemarks(), p.riskComplaints(), Timestamp.from(at),
              existing.get())
          .update();
      return false;
    }
    jdbc.sql("""
        insert into premises (id, premises_key, name, address, district, holder_name, holder_org_number, licence_type,
          audience, serving_hours, outdoor_seating, kmk_status, aas_trained_staff, risk_dancing, risk_young_guests,
          risk_late_hours, risk_earlier_remarks, risk_complaints, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), p.key(), p.name(), p.address(), p.district(), p.holderName(),
            p.holderOrganisationNumber(), p.licenceType(), p.audience(), p.servingHours(), p.outdoorSeating(),
            p.kmkStatus(), p.aasTrainedStaff(), p.riskDancing(), p.riskYoungGuests(), p.riskLateHours(),
            p.riskEarlierRemarks(), p.riskComplaints(), Timestamp.from(at))
        .update();
    return true;
  }

  private Premises premises(ResultSet rs, int i) throws SQLException {
    return new Premises(rs.getString("id"), rs.getString("name"), rs.getString("address"), rs.getString("district"),
        rs.getString("holder_name"), rs.getString("holder_org_number"), rs.getString("licence_type"),
        rs.getString("audience"), rs.getString("serving_hours"), rs.getBoolean("outdoor_seating"),
        rs.getString("kmk_status"), rs.getInt("aas_trained_staff"), rs.getBoolean("risk_dancing"),
        rs.getBoolean("risk_young_guests"), rs.getBoolean("risk_late_hours"), rs.getBoolean("risk_earlier_remarks"),
        rs.getBoolean("risk_complaints"));
  }
}
