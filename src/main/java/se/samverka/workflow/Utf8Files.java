package se.samverka.workflow;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Uploaded text files read strictly as UTF-8: a file in another encoding (Excel's plain "CSV" is Windows-1252) is
 * refused as a whole with the line of its first bad byte, because read leniently its å, ä and ö would become
 * replacement characters in what is stored. A byte order mark is dropped.
 */
public final class Utf8Files {

  /** The answer to a file that is not UTF-8. */
  public static final String NOT_UTF8 = "Filen är inte UTF-8-kodad. Spara den som CSV UTF-8 och försök igen.";

  /** The text of a file, or why it is refused (with the line of the first bad byte). */
  public record Decoded(Optional<String> text, String error) {}

  private Utf8Files() {}

  public static Decoded decode(byte[] file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file);
    // UTF-8 never gives more chars than bytes.
    CharBuffer out = CharBuffer.allocate(file.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Decoded(Optional.empty(), NOT_UTF8 + " Första felaktiga tecknet står på rad "
          + lineAt(file, in.position()) + ".");
    }
    String text = out.flip().toString();
    return new Decoded(Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text), null);
  }

  private static long lineAt(byte[] file, int position) {
    long line = 1;
    for (int i = 0; i < position && i < file.length; i++) {
      if (file[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
