package se.samverka.licensing.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;

/**
 * The premises register over HTTP: everyone signed in may read it (the licence register is public information); only
 * the alcohol licensing officers (and administrators) may import.
 */
@RestController
@RequestMapping("/api/premises")
class PremisesApiController {

  private final PremisesRegister register;

  PremisesApiController(PremisesRegister register) {
    this.register = register;
  }

  @GetMapping
  List<Premises> all() {
    return register.all();
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"serveringsstallen.csv\"")
        .body(register.exportCsv().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
  @PreAuthorize("hasAnyAuthority('alkoholhandlaggare', 'camunda-admin')")
  ResponseEntity<Map<String, Object>> importCsv(@RequestBody byte[] csv) {
    // Bytes, not a String: Spring would decode with the declared (or a default) charset and hide a file that is not
    // UTF-8 behind replacement characters; PremisesCsv decodes strictly.
    var result = register.importCsv(csv);
    return ResponseEntity.ok(Map.of("nya", result.added(), "uppdaterade", result.updated()));
  }
}
