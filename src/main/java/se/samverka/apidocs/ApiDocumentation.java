package se.samverka.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes {@code /api} in Swedish in one place, so that the controllers of every module stay as they are: the summary
 * of each operation comes from {@link #SUMMARIES} (keyed by method and path, path variables written {@code {}}), the
 * tag from the path, and every operation gets the problem answers of Samverka's one error style. An operation without
 * a summary here is listed with the summary {@value #UNDESCRIBED}; a test fails on it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String UNDESCRIBED = "Saknar beskrivning";
  static final String PROBLEM = "Problem";
  static final String BASIC = "basic";

  /** The Swedish summary of every operation of {@code /api}. */
  static final Map<String, String> SUMMARIES = summaries();

  private static Map<String, String> summaries() {
    Map<String, String> s = new LinkedHashMap<>();
    // Tasks (the read model) and work on one task
    s.put("GET /api/tasks", "Mina uppgifter eller en grupps kö, med filter, sortering och sidindelning");
    s.put("GET /api/tasks/counts", "Antal uppgifter i Mina uppgifter och i varje grupps kö");
    s.put("GET /api/tasks/{}", "En uppgift med sitt formulär och dess nuvarande värden");
    s.put("POST /api/tasks/{}/claim", "Ta uppgiften");
    s.put("POST /api/tasks/{}/unclaim", "Lämna tillbaka uppgiften till gruppens kö");
    s.put("POST /api/tasks/{}/assign", "Lämna över uppgiften till en kollega i en av uppgiftens grupper");
    s.put("POST /api/tasks/{}/complete", "Slutför uppgiften med formulärets värden (tar den först om ingen har den)");
    // Processes
    s.put("GET /api/processes", "Processer som du får starta");
    s.put("GET /api/processes/{}/form", "Startformuläret för en process");
    s.put("POST /api/processes/{}/start", "Starta en process med startformulärets värden; svarar med ärendenumret");
    // Cases
    s.put("GET /api/cases", "Ärenden som din myndighet får se; sök på ärendenummer och bland dem på namn");
    s.put("GET /api/cases/{}", "Ett ärende, så som din myndighet får se det");
    s.put("GET /api/cases/{}/chronology", "Den unges ärenden i en tidslinje, så långt samtycke och utlämnanden medger");
    s.put("GET /api/cases/{}/notes", "Ärendets anteckningar som din myndighet får läsa");
    s.put("POST /api/cases/{}/notes", "Skriv en anteckning i ärendet");
    s.put("POST /api/cases/{}/disclosures", "Registrera ett utlämnande till en annan myndighet, med rättslig grund");
    s.put("POST /api/cases/{}/consent/withdrawal", "Registrera att samtycket har återkallats");
    s.put("GET /api/cases/{}/deadlines", "Ärendets lagstadgade tidsfrister");
    s.put("GET /api/deadlines", "Öppna tidsfrister för dina grupper i ärenden som du får se");
    s.put("PUT /api/cases/{}/deadlines/{}/breach-reason",
        "Ange orsaken till att en tidsfrist överskreds (den ansvariga gruppen eller myndighetens chef)");
    s.put("GET /api/deadlines/breach-reasons", "Orsakerna som kan anges för en överskriden tidsfrist");
    s.put("GET /api/legal-grounds", "Rättsliga grunder för ett utlämnande");
    s.put("POST /api/identity-numbers/validation", "Kontrollera ett personnummer eller samordningsnummer utan att spara det");
    // SSPF
    s.put("POST /api/sspf/cases/{}/acute-risk", "Anmäl akut risk i ett SSPF-ärende");
    s.put("GET /api/sspf/reports", "Styrgruppens kvartalsrapporter");
    // Licensing
    s.put("GET /api/premises", "Serveringsställen i registret");
    s.put("GET /api/premises/export", "Registret över serveringsställen som CSV");
    s.put("POST /api/premises/import", "Läs in serveringsställen från en CSV-fil");
    s.put("GET /api/supervisions", "Tillsyner av serveringsställen");
    s.put("GET /api/supervisions/{}", "En tillsyn med sina steg, beslut och tider");
    s.put("GET /api/supervisions/{}/communications", "Kommuniceringar i en tillsyn");
    s.put("GET /api/supervision-plans/{}", "Årets tillsynsplan");
    s.put("GET /api/supervision-plans/{}/submission", "Tillsynsplanen så som den skickas till länsstyrelsen");
    s.put("POST /api/restaurant-reports", "Registrera ett serveringsställes restaurangrapport");
    // Annual work
    s.put("GET /api/aas/courses", "Årets AAS-utbildningar");
    s.put("POST /api/aas/courses/{}/participants", "Anmäl en deltagare till en AAS-utbildning");
    s.put("PUT /api/aas/participants/{}/result", "Registrera en deltagares resultat");
    // The agreement
    s.put("GET /api/agreements", "Samverkansöverenskommelserna som är inlästa: perioder, områden, aktiviteter, forum, kommundelar");
    // EST
    s.put("GET /api/est/categories", "EST:s händelsekategorier");
    s.put("GET /api/est/incidents", "Din enhets rapporterade händelser den här veckan");
    s.put("POST /api/est/incidents", "Rapportera en händelse till veckans EST (inga personuppgifter)");
    s.put("PUT /api/est/incidents/{}", "Rätta en av din enhets händelser innan veckan sammanställs");
    s.put("GET /api/est/weeks/{}", "En veckas lägesbild: händelser per kommundel och kategori med trend, beslut och insatser");
    s.put("GET /api/est/actions", "EST-mötets insatser och deras resultat");
    s.put("GET /api/est/units", "EST:s rapporterande enheter");
    // Administration
    s.put("POST /api/admin/tasks/rebuild", "Bygg om uppgiftslistan från motorns öppna uppgifter (administratören)");
    s.put("POST /api/admin/cases/rebuild", "Bygg om ärendelistans behörighetsregister och tidsfristernas månadssummor från ärendena (administratören)");
    s.put("POST /api/admin/dashboard/rebuild", "Bygg om översikternas läsmodeller från motorns historik (administratören)");
    return Map.copyOf(s);
  }

  /** Tags by the path's first segment after {@code /api}. */
  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("tasks", "Uppgifter"), Map.entry("processes", "Processer"), Map.entry("cases", "Ärenden"),
      Map.entry("deadlines", "Ärenden"), Map.entry("legal-grounds", "Ärenden"),
      Map.entry("identity-numbers", "Ärenden"), Map.entry("sspf", "SSPF"), Map.entry("premises", "Tillsyn"),
      Map.entry("supervisions", "Tillsyn"), Map.entry("supervision-plans", "Tillsyn"),
      Map.entry("restaurant-reports", "Tillsyn"), Map.entry("aas", "Årligt arbete"),
      Map.entry("agreements", "Överenskommelsen"), Map.entry("est", "EST"), Map.entry("admin", "Administration"));

  private static final Map<String, String> TAG_DESCRIPTIONS = Map.of(
      "Uppgifter", "Uppgifter i Mina uppgifter och gruppernas köer: läsa, ta, lämna tillbaka, lämna över, slutföra",
      "Processer", "Starta processer (ny aktualisering, orosanmälan, tips, tillsyn) med sina startformulär",
      "Ärenden", "Ärenden, anteckningar, samtycken, utlämnanden och tidsfrister, filtrerat efter din myndighet",
      "SSPF", "Sociala insatsgrupper enligt SSPF: akut risk och styrgruppens rapporter",
      "Tillsyn", "Serveringsställen, tillsyn enligt alkohollagen, tillsynsplan och restaurangrapporter",
      "Årligt arbete", "Utbildningar i ansvarsfull alkoholservering (AAS)",
      "Överenskommelsen", "Samverkansöverenskommelsen som data, för alla inloggade",
      "EST", "Effektiv samordning för trygghet: händelser, veckans lägesbild och insatser (platser, aldrig personer)",
      "Administration", "Underhåll som bara administratören får göra");

  /** The problem answers every operation may give, with what each means here. */
  private static final Map<String, String> PROBLEMS = problems();

  private static Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("400", "Ogiltiga värden. Formulärens fel står per fält i egenskapen fields ({\"fält\": \"meddelande\"}).");
    p.put("401", "Inte inloggad: skicka användarnamn och lösenord med HTTP Basic.");
    p.put("403", "Ditt konto har inte behörighet till detta.");
    p.put("404", "Finns inte, eller så saknar din myndighet eller grupp rätt att se det (det avslöjas inte vilket).");
    p.put("409", "Någon annan hann före: uppgiften är redan tagen, ändrad eller slutförd.");
    p.put("503", "Samverka når inte sin databas just nu; försök igen om en stund.");
    return p;
  }

  @Bean
  OpenApiCustomizer samverkaApiDocumentation() {
    return openApi -> {
      openApi.info(new Info().title("Samverkas API")
          .description("Samverkas eget JSON-API för allt ärendearbete (samma åtgärder som sidorna): uppgifter, "
              + "formulär, processer och ärenden. Inloggning med HTTP Basic; varje svar är filtrerat efter ditt "
              + "kontos grupper och myndighet. Fel besvaras på svenska som problem enligt RFC 7807 "
              + "(application/problem+json). Motorns eget gränssnitt /engine-rest är bara till för administratören "
              + "och integrationskonton.")
          .version("1"));
      Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
      components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
      components.addSchemas(PROBLEM, problemSchema());
      openApi.components(components);
      openApi.security(List.of(new SecurityRequirement().addList(BASIC)));
      TAG_DESCRIPTIONS.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(tag -> openApi.addTagsItem(new Tag().name(tag.getKey()).description(tag.getValue())));
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
          .forEach((method, operation) -> describe(method, path, operation)));
    };
  }

  static String key(PathItem.HttpMethod method, String path) {
    return method.name() + " " + path.replaceAll("\\{[^}]*}", "{}");
  }

  private static void describe(PathItem.HttpMethod method, String path, Operation operation) {
    operation.setSummary(SUMMARIES.getOrDefault(key(method, path), UNDESCRIBED));
    String first = path.replaceFirst("^/api/", "").split("/")[0];
    String tag = TAGS.get(first);
    operation.setTags(tag == null ? null : List.of(tag));
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    boolean writes = method != PathItem.HttpMethod.GET;
    PROBLEMS.forEach((status, text) -> {
      if (status.equals("409") && !writes) {
        return;
      }
      responses.addApiResponse(status, new ApiResponse().description(text).content(new Content()
          .addMediaType("application/problem+json",
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    });
    operation.setResponses(responses);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("Ett fel på svenska (RFC 7807). Ekar aldrig långa värden, SQL eller klassnamn.")
        .addProperty("type", new StringSchema().description("Felets slag"))
        .addProperty("title", new StringSchema().description("Kort rubrik, t.ex. \"Ogiltiga värden\""))
        .addProperty("status", new IntegerSchema().description("HTTP-status"))
        .addProperty("detail", new StringSchema().description("Vad som gick fel och vad du kan göra"))
        .addProperty("instance", new StringSchema().description("Adressen som begäran gällde"))
        .addProperty("fields", new MapSchema().additionalProperties(new StringSchema())
            .description("Vid 400 från ett formulär: fältets nyckel och felet på svenska"));
  }
}
