package se.samverka.licensing.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.licensing.PremisesRegister.ImportRefused;
import se.samverka.security.Agencies;

/**
 * The premises register over HTTP: everyone signed in may read it (the licence register is public information); only
 * the alcohol licensing officers (and administrators) may import.
 */
@RestController
@RequestMapping("/api/premises")
class PremisesApiController {

  static final List<String> IMPORTERS = List.of("alkoholhandlaggare", "camunda-admin");

  private final PremisesRegister register;
  private final Agencies agencies;

  PremisesApiController(PremisesRegister register, Agencies agencies) {
    this.register = register;
    this.agencies = agencies;
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
  ResponseEntity<Map<String, Object>> importCsv(@RequestBody byte[] csv) {
    // Bytes, not a String: Spring would decode with the declared (or a default) charset and hide a file that is not
    // UTF-8 behind replacement characters; PremisesCsv decodes strictly.
    if (agencies.requireCurrent().groups().stream().noneMatch(IMPORTERS::contains)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("fel", "Bara alkoholhandläggare får importera serveringsställen"));
    }
    var result = register.importCsv(csv);
    return ResponseEntity.ok(Map.of("nya", result.added(), "uppdaterade", result.updated()));
  }

  @ExceptionHandler(ImportRefused.class)
  ResponseEntity<Map<String, Object>> refused(ImportRefused e) {
    return ResponseEntity.badRequest().body(Map.of("fel", e.getMessage(), "rader", e.errors().stream()
        .map(error -> Map.of("rad", error.line(), "orsak", error.reason())).toList()));
  }
}
