package se.samverka.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every agreement file of the configured locations and checks them together: each file on its own
 * ({@link AgreementReader}), then that no two periods of one municipality overlap and that the deployment's
 * municipality has an agreement. All problems of all files are reported at once ({@link InvalidAgreement}).
 */
final class AgreementFiles {

  /** Larger than any agreement; a bigger file is a mistake (a wrong file in the directory). */
  static final int MAX_BYTES = 512 * 1024;
  private static final Pattern PROCESS_ELEMENT = Pattern.compile("<(?:\\w+:)?process\\s([^>]*)>");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

  private AgreementFiles() {}

  /** One file's text and the name its messages use ("agreements/strangnas-2023-2026.yaml"). */
  record File(String name, String text) {}

  /** The agreements of every file in the locations; throws {@link InvalidAgreement} with every problem. */
  static List<Agreement> load(AgreementSettings settings, Set<String> groups) {
    List<String> problems = new ArrayList<>();
    List<File> files = new ArrayList<>();
    if (settings.locations().isEmpty()) {
      problems.add("samverka.agreement.locations: ingen plats att läsa överenskommelser från är inställd");
    }
    for (String location : settings.locations()) {
      files.addAll(files(location, problems));
    }
    Set<String> processes = new LinkedHashSet<>(deployedProcesses());
    processes.addAll(settings.pendingProcesses());
    return check(files, new AgreementReader.Known(groups, processes), settings.municipality(), problems);
  }

  /** The files checked one by one and together; for tests, which give the files as text. */
  static List<Agreement> check(List<File> files, AgreementReader.Known known, String municipality,
      List<String> problems) {
    List<Agreement> agreements = new ArrayList<>();
    Map<Agreement, Integer> periodLines = new java.util.IdentityHashMap<>();
    for (File file : files) {
      AgreementReader.Read read = AgreementReader.read(file.name(), file.text(), known, problems);
      if (read != null) {
        agreements.add(read.agreement());
        periodLines.put(read.agreement(), read.periodLine());
      }
    }
    agreements.sort(Comparator.comparing((Agreement a) -> a.municipality().code()).thenComparing(Agreement::from));
    for (int i = 1; i < agreements.size(); i++) {
      Agreement before = agreements.get(i - 1);
      Agreement after = agreements.get(i);
      if (before.municipality().code().equals(after.municipality().code()) && !after.from().isAfter(before.to())) {
        problems.add(after.source() + " rad " + periodLines.get(after) + ": perioden " + after.periodLabel()
            + " överlappar perioden " + before.periodLabel() + " i " + before.source() + " rad "
            + periodLines.get(before) + " för samma kommun (" + after.municipality().name()
            + "); en ny period ska börja efter att den förra slutat");
      }
    }
    if (problems.isEmpty() && agreements.stream().noneMatch(a -> a.municipality().code().equals(municipality))) {
      problems.add("samverka.agreement.municipality: ingen av överenskommelserna gäller kommunen " + municipality
          + " (kommunkoden); lägg till kommunens överenskommelse eller rätta inställningen");
    }
    if (!problems.isEmpty()) {
      throw new InvalidAgreement(problems);
    }
    return agreements;
  }

  private static List<File> files(String location, List<String> problems) {
    String base = location.endsWith("/") ? location : location + "/";
    boolean classpath = base.startsWith("classpath:") || base.startsWith("classpath*:");
    String folder = base.substring(base.indexOf(':') + 1);
    String pattern = classpath ? "classpath*:" + folder : base;
    List<File> files = new ArrayList<>();
    try {
      PathMatchingResourcePatternResolver resolver =
          new PathMatchingResourcePatternResolver(AgreementFiles.class.getClassLoader());
      if (!classpath && !resolver.getResource(base).exists()) {
        problems.add(location + ": katalogen finns inte");
        return files;
      }
      List<Resource> resources = new ArrayList<>(Arrays.asList(resolver.getResources(pattern + "*.yaml")));
      resources.addAll(Arrays.asList(resolver.getResources(pattern + "*.yml")));
      resources.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource resource : resources) {
        String name = (classpath ? folder.replaceFirst("^/", "") : folder) + resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
          byte[] bytes = in.readNBytes(MAX_BYTES + 1);
          if (bytes.length > MAX_BYTES) {
            problems.add(name + ": filen är större än " + MAX_BYTES / 1024 + " kB");
            continue;
          }
          files.add(new File(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
          problems.add(name + ": filen är inte skriven i UTF-8");
        }
      }
    } catch (IOException e) {
      problems.add(location + ": kan inte läsas");
    }
    return files;
  }

  /** The ids of the processes of Samverka's models ({@code bpmn/**}), which the process application deploys. */
  static Set<String> deployedProcesses() {
    Set<String> ids = new LinkedHashSet<>();
    try {
      for (Resource model : new PathMatchingResourcePatternResolver(AgreementFiles.class.getClassLoader())
          .getResources("classpath*:bpmn/**/*.bpmn")) {
        try (InputStream in = model.getInputStream()) {
          Matcher process = PROCESS_ELEMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (process.find()) {
            Matcher id = ID.matcher(process.group(1));
            if (id.find()) {
              ids.add(id.group(1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Processmodellerna kan inte läsas", e);
    }
    return ids;
  }

  /** The group ids of the configuration ({@code samverka.groups}), which an agreement may name. */
  static Set<String> groups(Map<String, String> configured) {
    return Set.copyOf(configured.keySet());
  }
}
