package se.samverka.cases.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.samverka.cases.CaseNotFoundException;

/** Swedish error answers for {@code /api}: 400 for bad input, 404 for a case the caller may not know of. */
@RestControllerAdvice(basePackages = "se.samverka")
class ApiErrors {

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(CaseNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("fel", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("fel", e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage()).collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(Map.of("fel", message));
  }
}
