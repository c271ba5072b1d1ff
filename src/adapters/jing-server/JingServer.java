import static java.nio.charset.StandardCharsets.UTF_8;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.util.UriOrFile;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.prop.rng.RngProperty;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * jing kept running, so that `tei-edition serve` pays the JVM start and the schema load once
 * instead of on every rebuild (tei_all: seconds each time). Run with the JDK's source-file
 * launcher: java -cp <jing's jars> JingServer.java
 *
 * One request a line on stdin, UTF-8, fields separated by tabs:
 *   validate TAB schema TAB file TAB file ...
 * Replies on stdout, one line each, always ended by a line "done":
 *   error TAB file TAB line TAB column TAB message         a finding in a document (file as asked)
 *   schema-error TAB file TAB line TAB column TAB message  the schema does not compile
 *   failed TAB message                                     anything else went wrong (the caller
 *                                                          then runs the jing command instead)
 * Messages have their line breaks turned into spaces.
 */
public class JingServer {
  /** tei_all compiled takes tens of MB: a project rarely uses more than two schemas. */
  private static final int KEPT_SCHEMAS = 4;

  private final Findings findings = new Findings();
  /** The same options as the jing command without flags: its Driver turns on the ID/IDREF check. */
  private final PropertyMap options;
  private final Map<String, KeptSchema> schemas =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KeptSchema> eldest) {
          return size() > KEPT_SCHEMAS;
        }
      };

  private record KeptSchema(String stamp, ValidationDriver driver) {}

  private JingServer() {
    PropertyMapBuilder builder = new PropertyMapBuilder();
    builder.put(ValidateProperty.ERROR_HANDLER, findings);
    RngProperty.CHECK_ID_IDREF.add(builder);
    options = builder.toPropertyMap();
  }

  public static void main(String[] args) throws IOException {
    // Replies go to the real stdout only: whatever a library prints must not look like a reply.
    PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    System.setOut(System.err);
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, UTF_8));
    JingServer server = new JingServer();
    for (String request; (request = requests.readLine()) != null; ) {
      String reply;
      try {
        reply = server.answer(request);
      } catch (Throwable failure) { // a bad request or file must not end the server
        reply = "failed\t" + oneLine(String.valueOf(failure)) + "\n";
      }
      replies.print(reply);
      replies.print("done\n");
      replies.flush();
    }
  }

  private String answer(String request) throws IOException, SAXException {
    String[] fields = request.split("\t", -1);
    if (!fields[0].equals("validate") || fields.length < 2) {
      throw new IllegalArgumentException("unknown request: " + fields[0]);
    }
    StringBuilder reply = new StringBuilder();
    ValidationDriver driver = driverFor(new File(fields[1]).getAbsoluteFile(), reply);
    if (driver == null) return reply.toString();
    for (String file : Arrays.asList(fields).subList(2, fields.length)) {
      findings.collect(reply, "error", file);
      try {
        driver.validate(ValidationDriver.fileInputSource(file));
      } catch (SAXException parseFailure) {
        // a document that is not well-formed: its fatal error is a finding, the others go on
        if (!findings.hadFatalError) throw parseFailure;
      }
    }
    return reply.toString();
  }

  /**
   * The schema compiled, kept while it and the files beside it (the modules it includes) stay as
   * they were; null when it does not compile, its errors then being in the reply.
   */
  private ValidationDriver driverFor(File schema, StringBuilder reply) throws IOException, SAXException {
    String stamp = stampOf(schema);
    KeptSchema kept = schemas.get(schema.getPath());
    if (kept != null && kept.stamp().equals(stamp)) return kept.driver();
    schemas.remove(schema.getPath());
    // no schema reader given: jing picks it by the schema's syntax, as its command does without -c
    ValidationDriver driver = new ValidationDriver(options, (SchemaReader) null);
    findings.collect(reply, "schema-error", null);
    boolean loaded;
    try {
      loaded = driver.loadSchema(ValidationDriver.fileInputSource(schema));
    } catch (SAXException notWellFormed) {
      if (findings.count == 0) throw notWellFormed;
      loaded = false;
    }
    if (!loaded) {
      if (findings.count == 0) throw new IllegalStateException("the schema did not load and jing said nothing");
      return null;
    }
    schemas.put(schema.getPath(), new KeptSchema(stamp, driver));
    return driver;
  }

  /** Sizes and modification times of the schema and of the files in its folder. */
  private static String stampOf(File schema) throws IOException {
    StringBuilder stamp = new StringBuilder(describe(schema));
    File[] beside = schema.getParentFile().listFiles();
    if (beside != null) {
      Arrays.sort(beside);
      for (File file : beside) stamp.append('|').append(describe(file));
    }
    return stamp.toString();
  }

  private static String describe(File file) throws IOException {
    if (!file.isFile()) return file.getName();
    // the time to the file system's precision (nanoseconds here), not File.lastModified's milliseconds
    return file.getName() + ":" + file.length() + ":" + Files.getLastModifiedTime(file.toPath());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\r\n|\r|\n", " ");
  }

  /** Errors become reply lines; warnings are left out, as the jing command's output parser leaves them. */
  private static final class Findings implements ErrorHandler {
    private StringBuilder reply;
    private String kind;
    private String document;
    int count;
    boolean hadFatalError;

    /** Where the next errors go, and the file they are about (null: the file jing names). */
    void collect(StringBuilder reply, String kind, String document) {
      this.reply = reply;
      this.kind = kind;
      this.document = document;
      count = 0;
      hadFatalError = false;
    }

    @Override
    public void warning(SAXParseException warning) {}

    @Override
    public void error(SAXParseException error) {
      add(error);
    }

    @Override
    public void fatalError(SAXParseException error) throws SAXException {
      add(error);
      hadFatalError = true;
      throw error;
    }

    private void add(SAXParseException error) {
      // jing's own error printer turns the system id back into a path the same way
      String file = document != null ? document : error.getSystemId() == null ? "" : UriOrFile.uriToUriOrFile(error.getSystemId());
      String message = error.getMessage() != null ? error.getMessage() : "(no further details available)";
      reply.append(kind).append('\t').append(file).append('\t').append(error.getLineNumber()).append('\t')
          .append(error.getColumnNumber()).append('\t').append(oneLine(message)).append('\n');
      count++;
    }
  }
}
